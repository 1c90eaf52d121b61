#include "SandboxPortraits.h"

#include <QBuffer>
#include <QColor>
#include <QLinearGradient>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>

#include <array>

namespace {

// Chosen so that a portrait of this size lands near the 8 KB the provider's photos had.
constexpr int jpegQuality = 80;

constexpr std::array<QRgb, 8> skinTones = {0xfff1d3c2, 0xffe8b894, 0xffd9a47e, 0xffc68863,
                                           0xffa86f4c, 0xff8d5a3b, 0xff6b4129, 0xff4e2e1d};
constexpr std::array<QRgb, 7> hairColours = {0xff1b1410, 0xff3a2618, 0xff5b3a22, 0xff8a5a2b,
                                             0xffc7a063, 0xff9c9c9c, 0xff6e2a14};
constexpr std::array<QRgb, 6> backgrounds = {0xffdfe7ef, 0xffe9e9e6, 0xfff4f4f1,
                                             0xffd3dde8, 0xffe2e6de, 0xffcfd8df};
constexpr std::array<QRgb, 9> clothes = {0xff1f2f4f, 0xff5a1f2a, 0xff2e4a2c, 0xff3c3c3c, 0xff70808f,
                                         0xff8b6b3d, 0xff1d1d24, 0xff4b2f5c, 0xffb3b8bf};
constexpr std::array<QRgb, 5> irises = {0xff3b2416, 0xff5a3a1e, 0xff2f4f6f, 0xff4f6a3a, 0xff1c1c1c};

QColor pick(QRandomGenerator &rng, const auto &palette)
{
    return QColor::fromRgb(palette[rng.bounded(int(palette.size()))]);
}

double jitter(QRandomGenerator &rng, double amount)
{
    return (rng.generateDouble() * 2.0 - 1.0) * amount;
}

void drawBackground(QPainter &p, QRandomGenerator &rng)
{
    const QColor base = pick(rng, backgrounds);
    QLinearGradient gradient(0, 0, jitter(rng, 60), SandboxPortraits::height);
    gradient.setColorAt(0, base.lighter(106));
    gradient.setColorAt(1, base.darker(112));
    p.fillRect(0, 0, SandboxPortraits::width, SandboxPortraits::height, gradient);
}

void drawShoulders(QPainter &p, QRandomGenerator &rng, double cx, const QColor &skin)
{
    const QColor cloth = pick(rng, clothes);
    const double shoulderTop = 232 + jitter(rng, 8);
    const double halfWidth = 100 + jitter(rng, 14);

    QPainterPath body;
    body.moveTo(cx - halfWidth - 30, SandboxPortraits::height + 2);
    body.cubicTo(cx - halfWidth - 20, shoulderTop + 10, cx - halfWidth + 10, shoulderTop - 6,
                 cx - 30, shoulderTop - 10);
    body.lineTo(cx + 30, shoulderTop - 10);
    body.cubicTo(cx + halfWidth - 10, shoulderTop - 6, cx + halfWidth + 20, shoulderTop + 10,
                 cx + halfWidth + 30, SandboxPortraits::height + 2);
    body.closeSubpath();

    QLinearGradient shade(cx - halfWidth, 0, cx + halfWidth, 0);
    shade.setColorAt(0, cloth.darker(125));
    shade.setColorAt(0.45, cloth.lighter(112));
    shade.setColorAt(1, cloth.darker(135));
    p.setPen(Qt::NoPen);
    p.setBrush(shade);
    p.drawPath(body);

    // Stripes or checks on some garments give the encoder texture, as real fabric does.
    const int pattern = rng.bounded(3);
    if (pattern > 0) {
        p.save();
        p.setClipPath(body);
        p.setPen(QPen(cloth.lighter(150), 1.5));
        for (int x = int(cx - halfWidth - 40); x < cx + halfWidth + 40; x += 7)
            p.drawLine(QPointF(x, shoulderTop - 20), QPointF(x + 12, SandboxPortraits::height));
        if (pattern == 2) {
            for (int y = int(shoulderTop - 10); y < SandboxPortraits::height; y += 7)
                p.drawLine(QPointF(cx - halfWidth - 40, y), QPointF(cx + halfWidth + 40, y));
        }
        p.restore();
    }

    // Neck and the opening of the collar.
    QPainterPath neck;
    neck.addRoundedRect(QRectF(cx - 24, 190, 48, shoulderTop - 180), 12, 12);
    p.setBrush(skin.darker(112));
    p.drawPath(neck);

    QPainterPath collar;
    collar.moveTo(cx - 32, shoulderTop - 10);
    collar.lineTo(cx, shoulderTop + 26 + jitter(rng, 8));
    collar.lineTo(cx + 32, shoulderTop - 10);
    collar.closeSubpath();
    p.setBrush(skin.darker(104));
    p.drawPath(collar);
    p.setPen(QPen(cloth.darker(160), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(collar);
}

void drawLongHairBehind(QPainter &p, const QRectF &head, const QColor &hair)
{
    QPainterPath back;
    back.addRoundedRect(head.adjusted(-16, -10, 16, 70), 50, 60);
    p.setPen(Qt::NoPen);
    p.setBrush(hair.darker(115));
    p.drawPath(back);
}

void drawHeadscarf(QPainter &p, const QRectF &head, QRandomGenerator &rng)
{
    const QColor scarf = pick(rng, clothes).lighter(130);
    QPainterPath drape;
    const double top = head.center().y();
    drape.moveTo(head.left() - 18, top);
    drape.cubicTo(head.left() - 22, top + 90, head.left() - 70, SandboxPortraits::height - 40,
                  head.left() - 80, SandboxPortraits::height + 2);
    drape.lineTo(head.right() + 80, SandboxPortraits::height + 2);
    drape.cubicTo(head.right() + 70, SandboxPortraits::height - 40, head.right() + 22, top + 90,
                  head.right() + 18, top);
    drape.closeSubpath();
    QPainterPath path;
    path.addEllipse(head.adjusted(-18, -18, 18, 26));
    path = path.united(drape);
    p.setPen(Qt::NoPen);
    p.setBrush(scarf);
    p.drawPath(path);
    p.setPen(QPen(scarf.darker(118), 2));
    for (int i = 0; i < 5; ++i)
        p.drawArc(head.adjusted(-12 - 3 * i, -12 - 3 * i, 12 + 3 * i, 20 + 3 * i), 200 * 16,
                  140 * 16);
}

void drawFace(QPainter &p, QRandomGenerator &rng, const QRectF &head, const QColor &skin)
{
    const double cx = head.center().x();

    // Ears first, so the head overlaps them.
    p.setPen(Qt::NoPen);
    p.setBrush(skin.darker(108));
    const double earY = head.top() + head.height() * 0.45;
    p.drawEllipse(QRectF(head.left() - 9, earY, 20, 34));
    p.drawEllipse(QRectF(head.right() - 11, earY, 20, 34));

    QRadialGradient light(QPointF(cx - head.width() * 0.15, head.top() + head.height() * 0.38),
                          head.width() * 0.75);
    light.setColorAt(0, skin.lighter(110));
    light.setColorAt(0.7, skin);
    light.setColorAt(1, skin.darker(118));
    p.setBrush(light);
    p.drawEllipse(head);

    const double eyeY = head.top() + head.height() * (0.46 + jitter(rng, 0.03));
    const double eyeGap = head.width() * (0.21 + jitter(rng, 0.02));
    const QColor iris = pick(rng, irises);
    for (const double side : {-1.0, 1.0}) {
        const QPointF centre(cx + side * eyeGap, eyeY);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf6, 0xf3, 0xee));
        p.drawEllipse(centre, 11.0, 6.0);
        p.setBrush(iris);
        p.drawEllipse(centre, 5.0, 5.0);
        p.setBrush(QColor(0x10, 0x10, 0x10));
        p.drawEllipse(centre, 2.2, 2.2);
        p.setBrush(Qt::white);
        p.drawEllipse(centre + QPointF(-1.5, -1.5), 1.0, 1.0);
        p.setPen(QPen(skin.darker(150), 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(centre.x() - 12, centre.y() - 8, 24, 14), 20 * 16, 140 * 16);
    }

    const QColor brow = skin.darker(260);
    p.setPen(QPen(brow, 3.5 + jitter(rng, 1.0), Qt::SolidLine, Qt::RoundCap));
    const double browLift = 14 + jitter(rng, 3);
    const double browTilt = jitter(rng, 3);
    p.drawLine(QPointF(cx - eyeGap - 12, eyeY - browLift + browTilt),
               QPointF(cx - eyeGap + 11, eyeY - browLift - 2));
    p.drawLine(QPointF(cx + eyeGap - 11, eyeY - browLift - 2),
               QPointF(cx + eyeGap + 12, eyeY - browLift + browTilt));

    // Nose: a soft shadow down one side and the nostrils.
    p.setPen(QPen(skin.darker(135), 2, Qt::SolidLine, Qt::RoundCap));
    const double noseBottom = eyeY + head.height() * 0.2;
    p.drawLine(QPointF(cx - 3, eyeY + 6), QPointF(cx - 6, noseBottom - 4));
    p.drawArc(QRectF(cx - 11, noseBottom - 8, 22, 10), 200 * 16, 140 * 16);

    const double mouthY = noseBottom + head.height() * 0.11;
    const double mouthWidth = 30 + jitter(rng, 6);
    p.setPen(QPen(skin.darker(170), 2.4, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(cx - mouthWidth / 2, mouthY - 8, mouthWidth, 12 + jitter(rng, 4)), 200 * 16,
              140 * 16);

    if (rng.bounded(4) == 0) { // glasses
        p.setPen(QPen(QColor(0x2a, 0x2a, 0x2a), 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(cx - eyeGap - 17, eyeY - 12, 34, 24), 7, 7);
        p.drawRoundedRect(QRectF(cx + eyeGap - 17, eyeY - 12, 34, 24), 7, 7);
        p.drawLine(QPointF(cx - eyeGap + 17, eyeY - 3), QPointF(cx + eyeGap - 17, eyeY - 3));
    }
}

void drawHairOnTop(QPainter &p, QRandomGenerator &rng, const QRectF &head, const QColor &hair)
{
    QPainterPath cap;
    const double fringe = head.top() + head.height() * (0.22 + jitter(rng, 0.05));
    cap.moveTo(head.left() - 4, head.center().y());
    cap.cubicTo(head.left() - 6, head.top() - 20, head.right() + 6, head.top() - 20,
                head.right() + 4, head.center().y());
    cap.cubicTo(head.right() - 6, fringe, head.center().x() + jitter(rng, 20), fringe + 10,
                head.left() - 4, head.center().y());
    p.setPen(Qt::NoPen);
    p.setBrush(hair);
    p.drawPath(cap);

    // Strands: thin darker and lighter curves across the cap.
    p.save();
    p.setClipPath(cap);
    for (int i = 0; i < 26; ++i) {
        const double x = head.left() + head.width() * i / 25.0;
        p.setPen(QPen(i % 2 ? hair.lighter(135) : hair.darker(140), 1.2));
        p.drawLine(QPointF(x + jitter(rng, 6), head.top() - 10),
                   QPointF(x + jitter(rng, 20), head.center().y()));
    }
    p.restore();
}

void drawBeard(QPainter &p, const QRectF &head, const QColor &hair)
{
    QPainterPath beard;
    beard.addEllipse(head.adjusted(6, head.height() * 0.62, -6, 6));
    QPainterPath mouthHole;
    mouthHole.addEllipse(QRectF(head.center().x() - 18, head.top() + head.height() * 0.74, 36, 12));
    QColor colour = hair;
    colour.setAlpha(200);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(beard.subtracted(mouthHole));
}

QByteArray encode(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", jpegQuality);
    return bytes;
}

struct Pool
{
    QMutex mutex;
    std::array<QByteArray, SandboxPortraits::poolSize> jpeg;
    std::array<QByteArray, SandboxPortraits::poolSize> base64;
};

Pool &pool()
{
    static Pool instance;
    return instance;
}

int normalised(int slot)
{
    const int s = slot % SandboxPortraits::poolSize;
    return s < 0 ? s + SandboxPortraits::poolSize : s;
}

} // namespace

namespace SandboxPortraits {

QImage draw(int slot)
{
    QRandomGenerator rng(0x5eed0000u + quint32(normalised(slot)) * 7919u);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);

    drawBackground(p, rng);
    const QColor skin = pick(rng, skinTones);
    const QColor hair = pick(rng, hairColours);
    const double cx = width / 2.0 + jitter(rng, 10);
    const double headWidth = 118 + jitter(rng, 12);
    const double headHeight = 150 + jitter(rng, 12);
    const QRectF head(cx - headWidth / 2, 58 + jitter(rng, 8), headWidth, headHeight);

    // 0 short hair, 1 long hair, 2 headscarf, 3 bald or shaven, 4 short hair and a beard.
    const int style = rng.bounded(5);
    if (style == 1)
        drawLongHairBehind(p, head, hair);
    drawShoulders(p, rng, cx, skin);
    if (style == 2)
        drawHeadscarf(p, head, rng);
    drawFace(p, rng, head, skin);
    if (style == 0 || style == 1 || style == 4)
        drawHairOnTop(p, rng, head, hair);
    if (style == 4)
        drawBeard(p, head, hair);
    p.end();
    return image;
}

QByteArray jpeg(int slot)
{
    const int s = normalised(slot);
    Pool &cache = pool();
    QMutexLocker lock(&cache.mutex);
    if (cache.jpeg[s].isEmpty())
        cache.jpeg[s] = encode(draw(s));
    return cache.jpeg[s];
}

QByteArray base64(int slot)
{
    const int s = normalised(slot);
    const QByteArray bytes = jpeg(s);
    Pool &cache = pool();
    QMutexLocker lock(&cache.mutex);
    if (cache.base64[s].isEmpty())
        cache.base64[s] = bytes.toBase64();
    return cache.base64[s];
}

} // namespace SandboxPortraits
