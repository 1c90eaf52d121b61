#pragma once

#include <QObject>

#include <memory>

class QApplication;

// The desktop application: reads the command line, builds the services and the main window, and
// opens it on the right profile (or the offline demo). main() only calls run().
class DesktopApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApplication)

public:
    static int run(int argc, char **argv);

    explicit DesktopApplication(QObject *parent = nullptr);
    ~DesktopApplication() override;

    // Parses the arguments of the running QApplication and shows the window; returns an exit
    // code to end with at once (usage errors), or -1 to go on into the event loop.
    int start(const QStringList &arguments);

private:
    void openProfiles(bool firstStart);
    void profileFailed(const QString &message);

    struct Parts;
    std::unique_ptr<Parts> d;
};
