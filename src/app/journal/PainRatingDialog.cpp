#include "journal/PainRatingDialog.h"

#include "BodyMapShading.h"
#include "LibraryRepository.h"
#include "PainRepository.h"
#include "common/Tone.h"
#include "figures/BodyMapWidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace unknot {

namespace {

constexpr int kindRole = Qt::UserRole;
constexpr int slugRole = Qt::UserRole + 1;
constexpr int nameRole = Qt::UserRole + 2; // the place's name as the journal keeps it, without "(muscle)"
constexpr int keyRole = Qt::UserRole + 3;  // the place's key in PainSiteChoice, as BodyMapRegion::siteKey()

QLabel* errorLabel(const QString& name, QWidget* parent = nullptr)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    tone::mark(label, tone::Role::Warning, QStringLiteral("font-weight: 600;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// Why the typed note cannot be saved (too long), or empty; the note already stored is kept whole, whatever its length.
QString noteProblem(const QString& typed, const QString& stored)
{
    const QString note = typed.trimmed(); // as collect() saves it
    return note == stored ? QString() : PainEntry::noteTooLong(note);
}

/// What to say when the journal did not take the entry: a full disk in plain words, anything else in the journal's.
QString saveProblem(const Failed& failed)
{
    if (failed.kind == Failure::DiskFull) {
        return PainRatingDialog::tr("Your disk is full, so this rating was not saved. Free some space on your disk, "
                                    "then press Save again: your entry is still here.");
    }
    return PainRatingDialog::tr("Not saved: %1 Your entry is still here; try again.").arg(failed.message);
}

constexpr int ratingBorder = 2;

/// A calm scale from green through amber to a muted red; on a dark palette the same hues, lighter.
QString ratingColour(int rating, bool dark)
{
    static constexpr QRgb deep[] = {0x3f7f4e, 0x5b8a4a, 0x748f45, 0x8c9240, 0xa4923b, 0xb38a36,
                                    0xbb7a33, 0xbf6a31, 0xbd5a30, 0xb54a2f, 0xa33a2c};
    static constexpr QRgb light[] = {0x8fcf9a, 0xa3d08e, 0xb8d283, 0xcbd078, 0xdcca6e, 0xe8bc66,
                                     0xeeac62, 0xf29e60, 0xf49262, 0xf38a6a, 0xf08474};
    const int index = std::clamp(rating, 0, 10);
    return QColor::fromRgb(dark ? light[index] : deep[index]).name();
}

/// A rating button's look. Its style names every box property: a parent's rule for buttons (the player pads them
/// 16 px a side) once squeezed "10" into "1C".
void styleRatingButton(QPushButton* button, int value, bool dark)
{
    const QString sheet =
        QStringLiteral("QPushButton { font-size: %2px; font-weight: 600; padding: 0; margin: 0;"
                       " border-radius: %3px; border: %4px solid %1; color: %1; background: %5; }"
                       "QPushButton:checked { background: %6; color: white; }")
            .arg(ratingColour(value, dark))
            .arg(button->property("digitPixels").toInt())
            .arg(button->width() / 2)
            .arg(ratingBorder)
            .arg(QLatin1String(dark ? "#1f2224" : "white"), ratingColour(value, false));
    if (button->styleSheet() != sheet) {
        button->setStyleSheet(sheet);
    }
}

/// A round button for one rating, sized from its digits in a font a little larger than base.
QPushButton* ratingButton(int value, const QFont& base, bool dark)
{
    QFont digits = base;
    digits.setWeight(QFont::DemiBold);
    if (base.pointSizeF() > 0) {
        digits.setPointSizeF(base.pointSizeF() * 1.15);
    } else {
        digits.setPixelSize(qRound(base.pixelSize() * 1.15));
    }
    const int pixels = QFontInfo(digits).pixelSize();
    digits.setPixelSize(pixels); // the style sheet below sets the same size, which beats any parent's font size
    const QFontMetrics metrics(digits);
    // The widest label's box must fit inside the circle, with a little air around it.
    const double box = std::hypot(metrics.horizontalAdvance(QStringLiteral("10")), metrics.ascent());
    const int side = std::max(52, static_cast<int>(std::ceil(box)) + 2 * ratingBorder + pixels / 2);
    auto* button = new QPushButton(QString::number(value));
    button->setObjectName(QStringLiteral("rating%1").arg(value));
    button->setCheckable(true);
    button->setFixedSize(side, side);
    button->setFocusPolicy(Qt::NoFocus);
    button->setProperty("digitPixels", pixels); // the style sheet sets the same size, which beats a parent's
    styleRatingButton(button, value, dark);
    return button;
}

} // namespace

PainRatingDialog::PainRatingDialog(const LibraryRepository& library, PainRepository& pain, PainEntry entry,
                                   Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_pain(pain)
    , m_entry(std::move(entry))
    , m_purpose(purpose)
    , m_ratings(new QButtonGroup(this))
    , m_anchor(new QLabel)
    , m_ratingError(errorLabel(QStringLiteral("ratingError")))
    , m_sites(new QListWidget)
    , m_map(new BodyMapWidget(BodyMapPainter::Accent::Pain))
    , m_worst(new QComboBox)
    , m_when(new QDateTimeEdit(this)) // parented now: the time field is left out of the form before and after a session
    , m_whenError(errorLabel(QStringLiteral("whenError"), this))
    , m_note(new QLineEdit)
    , m_saveError(errorLabel(QStringLiteral("saveError")))
{
    setObjectName(QStringLiteral("painDialog"));
    const QStringList titles{tr("Before you start"), tr("How do you feel now?"), tr("Log your pain"),
                             tr("Edit this entry")};
    const QStringList questions{tr("How much does it hurt right now?"),
                                tr("How much does it hurt now that you have finished?"),
                                tr("How much does it hurt right now?"), tr("How much did it hurt?")};
    setWindowTitle(titles.at(static_cast<int>(purpose)));

    auto* question = new QLabel(questions.at(static_cast<int>(purpose)));
    QFont big = question->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    question->setFont(big);

    auto* scale = new QHBoxLayout;
    scale->setSpacing(6);
    for (int value = PainEntry::minRating; value <= PainEntry::maxRating; ++value) {
        auto* button = ratingButton(value, font(), tone::isDark(tone::current()));
        m_ratings->addButton(button, value);
        scale->addWidget(button);
    }
    m_ratings->setExclusive(true);
    connect(m_ratings, &QButtonGroup::idClicked, this, [this] { showRating(); });
    auto* legend = new QLabel(tr("0 no pain  ·  1–3 mild  ·  4–6 moderate  ·  7–10 severe  ·  10 worst imaginable"));
    legend->setWordWrap(true);
    tone::mark(legend, tone::Role::Quiet);
    m_anchor->setObjectName(QStringLiteral("anchor"));
    QFont anchorFont = m_anchor->font();
    anchorFont.setPointSizeF(anchorFont.pointSizeF() * 1.25);
    m_anchor->setFont(anchorFont);

    m_sites->setObjectName(QStringLiteral("sites"));
    m_sites->setMinimumHeight(170);
    m_worst->setObjectName(QStringLiteral("worst"));
    buildSites(library);
    connect(m_sites, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_choice.set(item->data(keyRole).toString(), item->checkState() == Qt::Checked);
        showChoice();
    });
    m_map->setObjectName(QStringLiteral("siteMap"));
    m_map->setNames(BodyMapWidget::placeNames(library));
    m_areaMuscles = BodyMapWidget::muscleAreas(library);
    m_map->setFixedSize(140, 236);
    connect(m_map, &BodyMapWidget::regionActivated, this, [this](const BodyMapRegion& region) {
        m_choice.tap(region.siteKey());
        showChoice();
    });
    connect(m_worst, &QComboBox::activated, this, [this] {
        m_choice.setWorst(m_worst->currentData().toString());
        showChoice();
    });
    auto* hint = new QLabel(tr("Tap the places that hurt on the body, or tick them in the list. Tap a place again "
                               "where it hurts most; a third tap clears it."));
    hint->setObjectName(QStringLiteral("siteHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* sitesColumn = new QVBoxLayout;
    sitesColumn->addWidget(m_sites, 1);
    sitesColumn->addWidget(hint);
    auto* where = new QHBoxLayout;
    where->addWidget(m_map);
    where->addLayout(sitesColumn, 1);

    m_when->setObjectName(QStringLiteral("when"));
    m_when->setCalendarPopup(true);
    //: The format of the time box (QDateTime format): "3 Jun 2024, 14:05".
    m_when->setDisplayFormat(tr("d MMM yyyy, HH:mm"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Anything worth remembering (optional)"));
    // QLineEdit cuts text past its limit, so the limit never falls below the stored note; saving checks the length.
    m_note->setMaxLength(static_cast<int>(std::max<qsizetype>(m_note->maxLength(), m_entry.note.size())));
    auto* noteError = errorLabel(QStringLiteral("noteError"), this);
    const QString storedNote = purpose == Purpose::Edit ? m_entry.note : QString();
    connect(m_note, &QLineEdit::textChanged, noteError,
            [noteError, storedNote](const QString& text) { showError(noteError, noteProblem(text, storedNote)); });

    auto* form = new QFormLayout;
    form->addRow(tr("Where it hurts"), where);
    form->addRow(tr("Hurts most"), m_worst);
    if (purpose == Purpose::Standalone || purpose == Purpose::Edit) {
        form->addRow(tr("When"), m_when);
        form->addRow(QString(), m_whenError);
    } else {
        m_when->hide();
        m_whenError->hide();
    }
    form->addRow(tr("Note"), m_note);
    form->addRow(QString(), noteError);

    auto* buttons = new QDialogButtonBox;
    auto* save = buttons->addButton(tr("Save (Enter)"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    const QStringList skipWords{tr("Skip"), tr("Not now"), tr("Cancel"), tr("Cancel")};
    auto* skip = buttons->addButton(skipWords.at(static_cast<int>(purpose)), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PainRatingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(question);
    layout->addLayout(scale);
    layout->addWidget(legend);
    layout->addWidget(m_anchor);
    layout->addWidget(m_ratingError);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    // Start from the entry given (editing), or from now with no rating chosen.
    const bool editing = purpose == Purpose::Edit;
    if (editing) {
        setRating(m_entry.rating);
        m_note->setText(m_entry.note);
    }
    m_when->setDateTime(m_entry.recordedUtc.isValid() ? m_entry.recordedUtc.toLocalTime()
                                                      : QDateTime::currentDateTime());
    for (const auto& site : std::as_const(m_entry.sites)) {
        m_choice.set(BodyMapRegion::siteKey(site.kind, site.slug), true);
    }
    for (const auto& site : std::as_const(m_entry.sites)) {
        if (site.worst) {
            m_choice.setWorst(BodyMapRegion::siteKey(site.kind, site.slug));
        }
    }
    showChoice();
    showRating();
    // Keys go to the dialog first, so the digits set the rating straight away; Tab reaches the fields.
    setFocusPolicy(Qt::StrongFocus);
    setFocus();
}

void PainRatingDialog::buildSites(const LibraryRepository& library)
{
    const QSignalBlocker block(m_sites);
    for (const QString& area : Muscle::areas()) {
        auto* item = new QListWidgetItem(Muscle::areaName(area), m_sites);
        item->setData(nameRole, item->text());
        item->setData(kindRole, static_cast<int>(PainSite::Kind::Area));
        item->setData(slugRole, area);
        item->setData(keyRole, BodyMapRegion::siteKey(PainSite::Kind::Area, area));
        item->setCheckState(Qt::Unchecked);
    }
    for (const auto& muscle : library.list(ItemKind::Muscle)) {
        auto* item = new QListWidgetItem(tr("%1 (muscle)").arg(muscle.name), m_sites);
        item->setData(nameRole, muscle.name);
        item->setData(kindRole, static_cast<int>(PainSite::Kind::Muscle));
        item->setData(slugRole, muscle.ref.id);
        item->setData(keyRole, BodyMapRegion::siteKey(PainSite::Kind::Muscle, muscle.ref.id));
        item->setCheckState(Qt::Unchecked);
    }
}

void PainRatingDialog::showChoice()
{
    const QSignalBlocker blockList(m_sites);
    QHash<QString, const QListWidgetItem*> items;
    for (int row = 0; row < m_sites->count(); ++row) {
        QListWidgetItem* item = m_sites->item(row);
        const QString key = item->data(keyRole).toString();
        item->setCheckState(m_choice.chosen().contains(key) ? Qt::Checked : Qt::Unchecked);
        items.insert(key, item);
    }
    m_worst->clear();
    //: The hurts-most box when no place is marked as hurting most.
    m_worst->addItem(tr("Not marked"), QString());
    // A chosen area the map has no region for shows lightly on its muscles.
    QList<SiteCount> chosen;
    for (const QString& key : m_choice.chosen()) {
        if (const QListWidgetItem* item = items.value(key)) {
            m_worst->addItem(item->text(), key);
            chosen.append(
                {static_cast<PainSite::Kind>(item->data(kindRole).toInt()), item->data(slugRole).toString(), 1});
        }
    }
    QHash<QString, int> tones = BodyMapShading(BodyMapArt::shared().allRegions(), m_areaMuscles).counts(chosen);
    for (auto it = tones.begin(); it != tones.end(); ++it) {
        it.value() = m_choice.chosen().contains(it.key()) ? BodyMapShading::levels - 1 : 1;
    }
    m_worst->setEnabled(!m_choice.chosen().isEmpty());
    m_worst->setCurrentIndex(std::max(0, m_worst->findData(m_choice.worst())));
    m_map->setMarks(tones, m_choice.worst());
}

std::optional<int> PainRatingDialog::rating() const
{
    const int id = m_ratings->checkedId();
    return id < 0 ? std::nullopt : std::optional<int>(id);
}

void PainRatingDialog::setRating(int value)
{
    if (QAbstractButton* button = m_ratings->button(value)) {
        button->setChecked(true);
    }
    showRating();
}

void PainRatingDialog::showRating()
{
    const auto value = rating();
    m_anchor->setText(value ? QStringLiteral("<b>%1</b> — %2").arg(*value).arg(PainEntry::ratingAnchor(*value))
                            : tr("Press a number from 0 to 10."));
    if (value) {
        showError(m_ratingError, {});
    }
}

void PainRatingDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // the theme changed while it is open
        tone::restyle(this);
        for (QAbstractButton* button : m_ratings->buttons()) {
            styleRatingButton(static_cast<QPushButton*>(button), m_ratings->id(button), tone::isDark(tone::current()));
        }
    }
}

void PainRatingDialog::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !m_note->hasFocus() && !m_when->hasFocus()) {
        int value = key - Qt::Key_0;
        if (value == 0 && rating() == 1 && m_sinceOne.isValid() && m_sinceOne.elapsed() < 800) {
            value = 10;
        }
        m_sinceOne.restart();
        setRating(value);
        return;
    }
    QDialog::keyPressEvent(event);
}

PainEntry PainRatingDialog::collect() const
{
    PainEntry entry = m_entry;
    entry.rating = rating().value_or(-1);
    entry.note = m_note->text().trimmed();
    if (m_purpose == Purpose::Standalone || m_purpose == Purpose::Edit) {
        entry.recordedUtc = m_when->dateTime().toUTC();
    } else {
        entry.recordedUtc = QDateTime::currentDateTimeUtc();
    }
    entry.sites.clear();
    for (const QString& key : m_choice.chosen()) {
        for (int row = 0; row < m_sites->count(); ++row) {
            const QListWidgetItem* item = m_sites->item(row);
            if (item->data(keyRole).toString() == key) {
                entry.sites.append({static_cast<PainSite::Kind>(item->data(kindRole).toInt()),
                                    item->data(slugRole).toString(), item->data(nameRole).toString(),
                                    key == m_choice.worst()});
            }
        }
    }
    return entry;
}

void PainRatingDialog::accept()
{
    showError(m_saveError, {});
    const PainEntry entry = collect();
    if (!rating()) {
        showError(m_ratingError, tr("Choose a rating from 0 to 10."));
        return;
    }
    const QString storedNote = m_purpose == Purpose::Edit ? m_entry.note : QString();
    if (const QString tooLong = noteProblem(m_note->text(), storedNote); !tooLong.isEmpty()) {
        showError(findChild<QLabel*>(QStringLiteral("noteError")), tooLong); // the form keeps every character
        return;
    }
    PainEntry checked = entry;
    if (checked.note == storedNote) {
        checked.note.clear(); // an unchanged note stays whole, whatever its length
    }
    const QString problem = PainEntry::validate(checked, QDateTime::currentDateTimeUtc());
    if (!problem.isEmpty()) {
        // Name the problem beside the field it belongs to; the form keeps everything typed.
        const bool aboutTime = entry.recordedUtc > QDateTime::currentDateTimeUtc();
        showError(aboutTime ? m_whenError : m_ratingError, problem);
        return;
    }
    if (m_purpose == Purpose::Edit) {
        if (const auto updated = m_pain.update(entry); !updated) {
            showError(m_saveError, saveProblem(updated.failed()));
            return;
        }
        m_savedId = entry.id;
    } else {
        const auto added = m_pain.add(entry);
        if (!added) {
            showError(m_saveError, saveProblem(added.failed()));
            return;
        }
        m_savedId = *added;
    }
    m_entry = entry;
    m_entry.id = *m_savedId;
    QDialog::accept();
}

} // namespace unknot
