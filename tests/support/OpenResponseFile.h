#pragma once

#include "MainWindow.h"

#include <QSignalSpy>
#include <QTest>

namespace dv::test {

/// Opens a saved response in `window` and waits until it is shown or refused; whether it is
/// shown.
inline bool openResponseFile(dv::ui::MainWindow &window, const QString &path)
{
    QSignalSpy opened(&window, &dv::ui::MainWindow::responseFileOpened);
    window.openResponseFile(path);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30000))
        return false;
    return opened.first().at(1).toBool();
}

} // namespace dv::test
