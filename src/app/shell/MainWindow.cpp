#include "shell/MainWindow.h"

#include "LibraryRepository.h"
#include "SafetyRepository.h"
#include "common/FileDialogFolder.h"
#include "common/OwnMark.h"
#include "common/Prompts.h"
#include "common/ReduceMotion.h"
#include "common/WindowFit.h"
#include "editor/OwnItemActions.h"
#include "journal/HistoryView.h"
#include "journal/JournalFiles.h"
#include "journal/RestoreDialog.h"
#include "library/ContentTransfer.h"
#include "library/LibraryView.h"
#include "library/OwnItemBar.h"
#include "safety/DoctorDialog.h"
#include "safety/RedFlagCheckDialog.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "session/ThermalDialog.h"
#include "shell/AppContext.h"
#include "shell/LanguageMenu.h"
#include "shell/SettingsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace unknot {

MainWindow::MainWindow(AppContext& context, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_repository(context.library())
    , m_context(context)
    , m_library(new LibraryView(context.library()))
    , m_undo(new QUndoStack(this))
    , m_sessions(new SessionController(context, clock, this))
    , m_own(new OwnItemActions(context.library(), context.ownItems(), m_undo, this))
    , m_pages(new QStackedWidget)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Unknot"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setProperty("role", QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_problem);
    m_pages->addWidget(m_library);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildToolBar();
    buildMenus();
    buildSessionMenu();
    buildOwnItems();
    connect(m_library, &LibraryView::startRequested, this, &MainWindow::startCurrent);
    connect(m_sessions, &SessionController::sessionFinished, this, [this] {
        if (m_history && m_history->isVisible()) {
            m_history->refresh();
        }
    });
    connect(m_library, &LibraryView::navigated, this, &MainWindow::updateNavigation);
    qApp->installEventFilter(this); // the mouse back/forward buttons work over every child widget
    restoreSettings();
    updateNavigation();
    QWidget* last = m_library->chainTabOrder(m_search);
    if (auto* doctor = menuBar()->cornerWidget(Qt::TopRightCorner)) {
        setTabOrder(last, doctor); // F1 reaches it from anywhere; by Tab it comes after the page
    }
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_libraryAction = bar->addAction(tr("Library"), this, [this] { showHistory(false); });
    m_libraryAction->setObjectName(QStringLiteral("libraryAction"));
    m_libraryAction->setCheckable(true);
    m_libraryAction->setChecked(true);
    m_historyAction = bar->addAction(tr("History"), this, [this] { showHistory(true); });
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setCheckable(true);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Your pain over time and every session (Ctrl+H)"));
    auto* pages = new QActionGroup(this);
    pages->addAction(m_libraryAction);
    pages->addAction(m_historyAction);
    bar->addSeparator();
    m_back = bar->addAction(tr("‹ Back"), m_library, &LibraryView::goBack);
    m_back->setShortcuts(QKeySequence::Back);
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward = bar->addAction(tr("Forward ›"), m_library, &LibraryView::goForward);
    m_forward->setShortcuts(QKeySequence::Forward);
    m_forward->setToolTip(tr("Forward (Alt+Right)"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search the library (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200); // room for the rest of the toolbar at the smallest window
    m_search->setMaximumWidth(480);
    m_search->installEventFilter(this);
    bar->addSeparator();
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_library, &LibraryView::search);
    connect(m_library, &LibraryView::searchLeft, m_search, &QLineEdit::clear);
    m_search->setAccessibleName(tr("Search the library"));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_library->openSelectedHit(); });

    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    // One action for the button and the Help menu, so F1 has one owner. The button sits in the menu bar's corner,
    // which no toolbar content can push out of sight at any window width.
    m_doctorAction = new QAction(tr("When to see a doctor"), this);
    m_doctorAction->setObjectName(QStringLiteral("doctorAction"));
    m_doctorAction->setShortcut(QKeySequence::HelpContents);
    m_doctorAction->setToolTip(tr("Signs that need a doctor, and what to do (F1)"));
    connect(m_doctorAction, &QAction::triggered, this, &MainWindow::showDoctorAdvice);
    auto* doctor = new QToolButton;
    doctor->setDefaultAction(m_doctorAction);
    doctor->setObjectName(QStringLiteral("doctorButton"));
    doctor->setProperty("role", QStringLiteral("doctor"));
    doctor->setToolButtonStyle(Qt::ToolButtonTextOnly);
    menuBar()->setCornerWidget(doctor, Qt::TopRightCorner);
}

void MainWindow::buildMenus()
{
    // The usual order: File, Edit, Go, Session (inserted by buildSessionMenu), Journal, Help last.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* transfer = new ContentTransfer(m_repository, m_context.ownItems(), m_context.ownImport(), this);
    transfer->setObjectName(QStringLiteral("contentTransfer"));
    connect(transfer, &ContentTransfer::imported, this, [this](int, const ItemRef& first) {
        m_library->reload();
        m_library->open(first);
    });
    file->addAction(tr("&Import exercises…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), transfer,
                    &ContentTransfer::importFile);
    auto* share = file->addAction(tr("&Share this routine…"), this, [this, transfer] {
        if (const auto current = m_library->currentItem(); current && current->kind == ItemKind::Routine) {
            transfer->exportRoutine(current->id);
        }
    });
    share->setObjectName(QStringLiteral("shareRoutineAction"));
    share->setToolTip(tr("Save one of your routines, with your exercises in it, to a file another Unknot imports"));
    // Only the person's own routines are shared: a built-in one is in every Unknot already.
    const auto updateShare = [this, share] {
        const auto current = m_library->currentItem();
        share->setEnabled(current && current->kind == ItemKind::Routine &&
                          m_context.ownItems().contains(ItemKind::Routine, current->id));
    };
    connect(m_library, &LibraryView::navigated, share, updateShare);
    updateShare();
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    auto* find = edit->addAction(tr("&Search"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    edit->addSeparator();
    auto* settings =
        edit->addAction(tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, [this] { openSettings(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_libraryAction);
    go->addAction(m_historyAction);
    go->addSeparator();
    go->addAction(m_back);
    go->addAction(m_forward);
    go->addSeparator();
    int number = 1;
    for (ItemKind kind : ItemRef::allKinds) {
        go->addAction(ItemRef::kindPlural(kind), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)),
                      this, [this, kind] {
                          showHistory(false);
                          m_search->clear();
                          m_library->showSection(kind);
                      });
    }

    m_journalMenu = menuBar()->addMenu(tr("&Journal"));
    QMenu* journal = m_journalMenu;
    journal->addAction(tr("&Log pain…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::logPain);

    journal->addSeparator();
    const auto chooseAndRun = [this](bool save, const QString& title, const QString& name, const QString& filter,
                                     const std::function<QString(const QString&)>& run) {
        const QString path = save ? QFileDialog::getSaveFileName(this, title, FileDialogFolder::startPath(name), filter)
                                  : QFileDialog::getOpenFileName(this, title, FileDialogFolder::start(), filter);
        if (!path.isEmpty()) {
            FileDialogFolder::remember(path);
            if (const QString told = run(path); !told.isEmpty()) { // a CSV run tells when it ends
                QMessageBox::information(this, title, told);
            }
        }
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const qsizetype firstFileAction = journal->actions().size(); // the report, CSV and restore actions follow
    journal->addAction(tr("&Report for your physiotherapist (PDF)…"), this, [=, this] {
        chooseAndRun(true, tr("Save the report"), QStringLiteral("unknot-report-%1.pdf").arg(today), tr("PDF (*.pdf)"),
                     [this](const QString& path) {
                         HistoryView* shown = history(); // the report covers the period and filters it shows
                         return JournalFiles(m_context).exportReport(path, shown->from(), shown->to(), shown->filter());
                     });
    });
    journal->addAction(tr("&Export to CSV…"), this, [=, this] {
        chooseAndRun(true, tr("Export the journal"), QStringLiteral("unknot-journal-%1.csv").arg(today),
                     tr("CSV (*.csv)"), [this](const QString& path) {
                         exportCsv(path);
                         return QString();
                     });
    });
    journal->addAction(tr("&Import from CSV…"), this, [=, this] {
        chooseAndRun(false, tr("Import a journal"), QString(), tr("CSV (*.csv)"), [this](const QString& path) {
            importCsv(path);
            return QString();
        });
    });
    journal->addSeparator();
    journal->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup)
        ->setObjectName(QStringLiteral("restoreAction"));
    // What waits while an import or export runs: everything that reads, writes or replaces the journal's files.
    for (QAction* action : journal->actions().mid(firstFileAction)) {
        if (!action->isSeparator()) {
            m_fileActions.append(action);
        }
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_doctorAction);
    help->addAction(tr("&Safety check…"), this, &MainWindow::runSafetyCheck);
    auto* language = new LanguageMenu([this] { return canRestart(); }, this);
    connect(language, &LanguageMenu::restartRequested, this, &MainWindow::restart);
    help->addMenu(language);
    // Still key poses with an arrow instead of moving figures, for anyone who finds motion hard to watch.
    auto* stillFigures = help->addAction(tr("Reduce &motion"));
    stillFigures->setObjectName(QStringLiteral("reduceMotionAction"));
    stillFigures->setCheckable(true);
    stillFigures->setChecked(ReduceMotion::instance().isOn());
    stillFigures->setToolTip(tr("Show the exercises as still pictures with an arrow instead of moving figures"));
    connect(stillFigures, &QAction::toggled, &ReduceMotion::instance(), &ReduceMotion::set);
    connect(&ReduceMotion::instance(), &ReduceMotion::changed, stillFigures, [stillFigures](bool on) {
        const QSignalBlocker quiet(stillFigures);
        stillFigures->setChecked(on);
    });
    help->addAction(tr("&About Unknot"), this, [this] {
        QMessageBox::about(this, tr("About Unknot"),
                           tr("<h3>Unknot %1</h3><p>Learn what tightens your upper back, follow gentle routines at "
                              "your desk, and see whether they help.</p><p>Unknot does not diagnose. If you notice a "
                              "warning sign, see a doctor.</p>")
                               .arg(QStringLiteral(UNKNOT_VERSION)));
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSessionMenu()
{
    auto* menu = new QMenu(tr("&Session"), this);
    menuBar()->insertMenu(m_journalMenu->menuAction(), menu);
    auto* start = menu->addAction(tr("&Start this routine or exercise"), this, &MainWindow::startCurrent);
    start->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    menu->addSeparator();
    auto* desk = menu->addAction(tr("&Desk micro-break"), this, [this] {
        m_sessions->startRoutine(m_repository.routineWithRole(QStringLiteral("desk-break")));
    });
    desk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QMenu* routines = menu->addMenu(tr("&Routines"));
    // Filled when opened: the person's own routines come and go.
    connect(routines, &QMenu::aboutToShow, this, [this, routines] {
        routines->clear();
        for (const auto& routine : m_repository.list(ItemKind::Routine)) {
            routines->addAction(OwnMark::listLabel(routine.name, routine.own), this,
                                [this, id = routine.ref.id] { m_sessions->startRoutine(id); });
        }
    });
    QMenu* rests = menu->addMenu(tr("R&est between steps"));
    auto* restGroup = new QActionGroup(rests);
    for (int seconds : {-1, 10, 20, 30, 45, 60}) {
        auto* choice = rests->addAction(seconds < 0 ? tr("As the routine says") : tr("%n second(s)", nullptr, seconds));
        choice->setCheckable(true);
        choice->setData(seconds);
        restGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, seconds] { m_sessions->setRestSeconds(seconds); });
    }
    // Settings may change it too (any number of seconds): the mark shows what holds when the menu opens.
    connect(rests, &QMenu::aboutToShow, this, [this, restGroup] {
        for (QAction* choice : restGroup->actions()) {
            choice->setChecked(choice->data().toInt() == m_sessions->restSeconds());
        }
    });
    auto* thermal = menu->addAction(tr("&Heat and cold timer…"), this, &MainWindow::openThermalTimer);
    thermal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    menu->addSeparator();
    auto* rateBefore = menu->addAction(tr("Rate pain &before each session"));
    rateBefore->setCheckable(true);
    rateBefore->setChecked(m_sessions->rateBefore());
    connect(rateBefore, &QAction::toggled, m_sessions, &SessionController::setRateBefore);
    connect(menu, &QMenu::aboutToShow, rateBefore, [this, rateBefore] {
        const QSignalBlocker quiet(rateBefore);
        rateBefore->setChecked(m_sessions->rateBefore());
    });
    auto* mini = menu->addAction(tr("&Mini player"), m_sessions, &SessionController::toggleMiniPlayer);
    mini->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));

    // The two most used starts also sit on the toolbar.
    auto* bar = findChild<QToolBar*>(QStringLiteral("navigationBar"));
    auto* before = bar->actions().value(bar->actions().size() - 1);
    desk->setToolTip(tr("A 3 to 5 minute routine for your desk (Ctrl+B)"));
    thermal->setToolTip(tr("Time heat, cold or both safely (Ctrl+T)"));
    bar->insertAction(before, desk);
    bar->insertAction(before, thermal);
    bar->insertSeparator(before);
}

void MainWindow::buildOwnItems()
{
    menuBar()->insertMenu(m_journalMenu->menuAction(), m_own->buildMenu([this] { return m_library->currentItem(); }));
    OwnItemBar* bar = m_library->ownItemBar();
    connect(bar, &OwnItemBar::editRequested, m_own, &OwnItemActions::edit);
    connect(bar, &OwnItemBar::duplicateRequested, m_own, &OwnItemActions::duplicate);
    connect(bar, &OwnItemBar::deleteRequested, m_own, &OwnItemActions::remove);
    connect(m_own, &OwnItemActions::saved, this, [this](const ItemRef& ref) {
        if (!m_search->text().isEmpty()) {
            m_search->clear(); // the saved item is shown in its section, not among old search hits
        }
        m_library->reload();
        m_library->open(ref);
        showHistory(false);
    });
    connect(m_own, &OwnItemActions::removedOrRestored, this, [this] { m_library->reload(); });
}

void MainWindow::startCurrent()
{
    const auto current = m_library->currentItem();
    if (!current) {
        return;
    }
    if (current->kind == ItemKind::Routine) {
        m_sessions->startRoutine(current->id);
    } else if (current->kind == ItemKind::Exercise) {
        m_sessions->startExercise(current->id);
    }
}

void MainWindow::showHistory(bool on)
{
    m_pages->setCurrentWidget(on ? static_cast<QWidget*>(history()) : m_library);
    (on ? m_historyAction : m_libraryAction)->setChecked(true);
    m_back->setVisible(!on);
    m_forward->setVisible(!on);
    if (on) {
        m_history->refresh();
    }
}

void MainWindow::logPain()
{
    history()->logPain();
}

void MainWindow::runSafetyCheck()
{
    auto* dialog = new RedFlagCheckDialog(m_repository.safety(), m_context.safety(), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAtStart(const QString& startId)
{
    reportJournalProblem();
    QDialog* check = offerFirstRunCheck();
    m_sessions->offerResume();
    const auto start = [this, startId] {
        if (!startId.isEmpty() && !m_sessions->isRunning()) {
            startById(startId);
        }
        Q_EMIT startedUp();
    };
    if (check) {
        // A session asked for on the command line waits for the first safety check: its answers decide whether
        // the session may start at all (SafetyGate), and nothing should count behind the questions.
        connect(check, &QDialog::finished, this, start);
    } else {
        start();
    }
}

QDialog* MainWindow::offerFirstRunCheck()
{
    if (!m_context.journalOk()) {
        return nullptr;
    }
    SafetyRepository& answers = m_context.safety();
    const auto last = answers.lastCheck();
    const Safety safety = m_repository.safety();
    const CheckDue due =
        safety.checkDue(last ? std::optional<int>(last->version) : std::nullopt, answers.answeredFlagIds());
    if (due == CheckDue::None) {
        return nullptr;
    }
    auto* dialog = new RedFlagCheckDialog(safety, answers, due == CheckDue::NewQuestions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::startById(const QString& id)
{
    if (!m_repository.summaries(ItemKind::Routine, {id}).isEmpty()) {
        m_sessions->startRoutine(id);
    } else if (!m_repository.summaries(ItemKind::Exercise, {id}).isEmpty()) {
        m_sessions->startExercise(id);
    } else {
        QStringList ids;
        for (const auto& routine : m_repository.list(ItemKind::Routine)) {
            ids.append(routine.ref.id);
        }
        QMessageBox::information(this, tr("Nothing to start"),
                                 tr("There is no routine or exercise called “%1”. The routines are: %2.")
                                     .arg(id, ids.join(QStringLiteral(", "))));
    }
}

void MainWindow::openThermalTimer()
{
    ThermalDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_sessions->startThermal(dialog.plan());
    }
}

void MainWindow::showDoctorAdvice()
{
    DoctorDialog dialog(doctorAdviceHtml(), this);
    dialog.exec();
}

QString MainWindow::doctorAdviceHtml() const
{
    return DetailRenderer(m_repository).renderSafety();
}

void MainWindow::restoreFromBackup()
{
    if (m_sessions->isRunning()) {
        QMessageBox::information(this, tr("Restore from backup"), tr("Finish or end the session first."));
        return;
    }
    if (RestoreDialog::run(m_context, this)) {
        showProblem(m_context.problem());
        if (m_history) {
            m_history->refresh();
        }
    }
}

bool MainWindow::canRestart() const
{
    // Nor while an import or export runs: closing would cancel it.
    return !m_sessions->isRunning() && !m_sessions->player() && !m_sessions->ratingDialog() && m_fileTask.isNull();
}

void MainWindow::restart()
{
    m_restart = canRestart();
    if (m_restart && !close()) {
        m_restart = false;
    }
}

void MainWindow::reportJournalProblem()
{
    const QString title = tr("Your journal could not be opened");
    if (m_context.problem().isEmpty()) {
        return;
    }
    if (!m_context.journalDamaged() || m_context.backups().isEmpty()) {
        QMessageBox::warning(this, title, m_context.problem());
        return;
    }
    const QString text = m_context.problem().toHtmlEscaped() + QStringLiteral("<p>") +
                         tr("Unknot has backups of this journal. Restore one now?");
    if (Prompts::choose(this, title, text, {tr("Restore from backup…"), tr("Not now")}, 1) == 0) {
        restoreFromBackup();
    }
}

void MainWindow::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void MainWindow::updateNavigation()
{
    m_back->setEnabled(m_library->canGoBack());
    m_forward->setEnabled(m_library->canGoForward());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && isActiveWindow()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::BackButton) {
            m_library->goBack();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            m_library->goForward();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down) {
            m_library->focusList();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_search->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

SettingsDialog* MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_sessions->cues(), this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        Q_EMIT settingsOpened(m_settingsDialog);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    windowfit::restore(this, QStringLiteral("window/geometry"), QSize(1240, 820));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_library->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const auto last = ItemRef::fromUrl(settings.value(QStringLiteral("library/lastItem")).toUrl());
    if (last && !m_repository.summaries(last->kind, {last->id}).isEmpty()) {
        m_library->open(*last);
    } else {
        const auto section = ItemRef::kindFromKey(settings.value(QStringLiteral("library/lastSection")).toString());
        m_library->showSection(section.value_or(ItemKind::Cause));
    }
    if (settings.value(QStringLiteral("window/page")).toString() == QLatin1String("history")) {
        showHistory(true);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    windowfit::save(this, QStringLiteral("window/geometry"));
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_library->saveState());
    settings.setValue(QStringLiteral("library/lastSection"), ItemRef::kindKey(m_library->currentSection()));
    settings.setValue(QStringLiteral("window/page"), m_history && m_pages->currentWidget() == m_history
                                                         ? QStringLiteral("history")
                                                         : QStringLiteral("library"));
    if (const auto current = m_library->currentItem()) {
        settings.setValue(QStringLiteral("library/lastItem"), current->toUrl());
    }
}

void MainWindow::importCsv(const QString& path)
{
    runFileTask(JournalFileTask::Kind::Import, path);
}

void MainWindow::exportCsv(const QString& path)
{
    runFileTask(JournalFileTask::Kind::Export, path);
}

void MainWindow::runFileTask(JournalFileTask::Kind kind, const QString& path)
{
    if (m_fileTask) {
        return; // one at a time: the menu waits, and so does this
    }
    auto* task = new JournalFileTask(m_context, kind, path, this);
    m_fileTask = task;
    // Reports, other imports and exports, and restores wait until this one ends; logging pain does not.
    for (QAction* action : std::as_const(m_fileActions)) {
        action->setEnabled(false);
    }
    connect(task, &JournalFileTask::finished, this, [this, task](const QString& message, bool changed) {
        for (QAction* action : std::as_const(m_fileActions)) {
            action->setEnabled(true);
        }
        task->deleteLater();
        if (changed && m_history) {
            m_history->refresh();
        }
        if (!message.isEmpty()) { // empty: the person cancelled, and nothing changed
            QMessageBox::information(
                this, task->kind() == JournalFileTask::Kind::Import ? tr("Import a journal") : tr("Export the journal"),
                message);
        }
    });
    task->start();
}

void MainWindow::bringForward()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::startFromOutside(const QString& id)
{
    if (m_sessions->isRunning()) {
        if (QWidget* player = m_sessions->player()) {
            player->show();
            player->raise();
            player->activateWindow();
        }
        return;
    }
    if (!id.isEmpty()) {
        startById(id);
    }
}

void MainWindow::quit()
{
    m_quitting = true;
    close(); // closed() then ends Unknot, even with the tray holding it
    m_quitting = false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitting && m_keepRunning && m_keepRunning()) {
        // Reminders need Unknot running: the window goes, Unknot stays in the tray (said once, where it is set up).
        saveSettings();
        hide();
        event->ignore();
        return;
    }
    if (m_sessions->isRunning() && m_sessions->player() && !m_sessions->player()->requestEnd()) {
        event->ignore();
        return;
    }
    if (m_fileTask) {
        // Half an import is never kept: stop it, and wait the moment it takes to roll back. Closing, say nothing.
        m_fileTask->disconnect(this);
        m_fileTask->cancel();
        m_fileTask->wait();
    }
    saveSettings();
    event->accept();
    Q_EMIT closed();
}

HistoryView* MainWindow::history()
{
    // Built when first wanted: its chart is the heaviest part of the window, and many visits never open it.
    if (!m_history) {
        m_history = new HistoryView(m_context, m_undo);
        m_pages->addWidget(m_history);
        connect(m_history, &HistoryView::problem, this,
                [this](const QString& message) { QMessageBox::warning(this, QStringLiteral("Unknot"), message); });
    }
    return m_history;
}

} // namespace unknot
