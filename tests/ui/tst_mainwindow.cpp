#include "ImageView.h"
#include "MainWindow.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QListWidgetItem>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using dv::ui::ImageView;
using dv::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAndShowsPhotos();
    void corruptFileKeepsWhatIsOpen();
    void exifOrientationApplied();

private:
    QString writeImage(const QString &name, const QSize &size, const QColor &color);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestMainWindow::writeImage(const QString &name, const QSize &size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    const QString path = m_dir.filePath(name);
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMainWindow::opensAndShowsPhotos()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({writeImage("a.png", QSize(641, 479), Qt::red),
                       writeImage("b.jpg", QSize(300, 200), Qt::blue)});
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(window.pendingLoads(), 0);
    QCOMPARE(window.photoList()->count(), 2);
    QVERIFY(!window.imageView()->image().isNull());
    const QSize shown = window.imageView()->image().size();
    QVERIFY(shown == QSize(641, 479) || shown == QSize(300, 200));
    // Never upscaled, aspect ratio kept.
    const QRect drawn = window.imageView()->imageRect();
    QVERIFY(drawn.width() <= shown.width() && drawn.height() <= shown.height());
    QVERIFY(qAbs(double(drawn.width()) / drawn.height() - double(shown.width()) / shown.height()) <
            0.02);
}

void TestMainWindow::corruptFileKeepsWhatIsOpen()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({writeImage("good.png", QSize(64, 48), Qt::green)});
    QTRY_COMPARE(loaded.size(), 1);
    const QString corrupt = m_dir.filePath("corrupt.jpg");
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\xff\xd8\xff\xe0 this is not a jpeg", 24));
    file.close();
    window.openImages({corrupt});
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(1).at(1).toBool(), false);
    // The failure stays listed, cannot be selected, and names the file.
    QCOMPARE(window.photoList()->count(), 2);
    QCOMPARE(window.failedPaths(), QStringList{corrupt});
    const QListWidgetItem *failed = window.photoList()->item(1);
    QVERIFY(!(failed->flags() & Qt::ItemIsSelectable));
    QVERIFY(failed->text().contains(QLatin1String("corrupt.jpg")));
    QVERIFY(failed->toolTip().contains(QLatin1String("corrupt.jpg")));
    QCOMPARE(window.imageView()->image().size(), QSize(64, 48));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("corrupt.jpg")));
}

void TestMainWindow::exifOrientationApplied()
{
    // A 60x20 JPEG tagged "rotate 90° clockwise" (orientation 6) must show as 20x60.
    QImage image(60, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG"));
    }
    // Minimal APP1/Exif segment: big-endian TIFF, one IFD entry 0x0112 (Orientation) = 6.
    const QByteArray tiff =
        QByteArray::fromHex("4d4d002a00000008000101120003000000010006000000000000");
    QByteArray app1 = "Exif" + QByteArray(2, '\0') + tiff;
    const auto length = static_cast<int>(app1.size() + 2);
    QByteArray segment = QByteArray::fromHex("ffe1");
    segment.append(char(length >> 8)).append(char(length & 0xff)).append(app1);
    jpeg.insert(2, segment);
    const QString path = m_dir.filePath("rotated.jpg");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jpeg);
    file.close();

    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({path});
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(window.imageView()->image().size(), QSize(20, 60));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
