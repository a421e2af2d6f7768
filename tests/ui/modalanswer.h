// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace TestHelpers {

/// Answers the next modal dialog (a question box, a note) with \a answer,
/// which gets the dialog once it shows and returns whether it was the one
/// expected. A dialog that never shows, or another one, fails nothing here
/// but is rejected after a few seconds, so the test goes on to its checks
/// instead of waiting in exec() until ctest's timeout.
inline void answerNextModal(QObject *context, std::function<bool(QWidget *)> answer)
{
    auto *timer = new QTimer(context);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, tries, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && answer(modal)) {
            timer->deleteLater();
            timer->stop();
            return;
        }
        if (++*tries < 500)
            return;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace TestHelpers
