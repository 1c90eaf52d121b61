#pragma once

class QCoreApplication;

// Makes SIGINT and SIGTERM (Ctrl+C and Ctrl+Break on Windows) end the event loop of `app`
// normally, so destructors run and sockets close.
void quitOnTerminationSignals(QCoreApplication *app);
