// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QTableWidget;

namespace Marginalia {

class ProjectDatabase;

/// The annotation window. For now it opens a project and lists its
/// articles; annotating by hand is the next step.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path, showing why in a message box if it is refused.
    bool openProject(const QString &path);

private:
    void chooseProject();
    void refreshArticles();

    std::unique_ptr<ProjectDatabase> m_project;
    QTableWidget *m_articles = nullptr;
};

} // namespace Marginalia
