#include "businesshoursedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

BusinessHoursEdit::BusinessHoursEdit(QWidget *parent)
    : QGroupBox(parent)
    , m_timeZone(new QComboBox(this))
    , m_opens(new QTimeEdit(this))
    , m_closes(new QTimeEdit(this))
    , m_timesProblem(new QLabel(this))
    , m_holidayDate(new QDateEdit(this))
    , m_holidays(new QListWidget(this))
    , m_addHoliday(new QPushButton(tr("Add Holiday"), this))
    , m_removeHoliday(new QPushButton(tr("Remove Holiday"), this))
{
    setObjectName(QStringLiteral("businessHours"));
    // Typing any part of a zone's name finds it: "berlin", "new_york".
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setToolTip(tr("The time zone the business hours and the holidays are in; type "
                              "part of a name to find it"));
    m_timeZone->setMinimumContentsLength(28);
    m_timeZone->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *days = new QHBoxLayout;
    days->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setAccessibleName(locale.dayName(d, QLocale::LongFormat));
        m_days.append(box);
        connect(box, &QCheckBox::clicked, this, &BusinessHoursEdit::commitDays);
    }
    // In the order the user's calendar starts its weeks.
    const int firstDay = int(locale.firstDayOfWeek());
    for (int k = 0; k < 7; ++k)
        days->addWidget(m_days.at((firstDay - 1 + k) % 7));
    days->addStretch();

    for (QTimeEdit *edit : {m_opens, m_closes})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_opens->setAccessibleName(tr("Opening time"));
    m_closes->setAccessibleName(tr("Closing time"));
    m_closes->setToolTip(tr("A ticket that comes in at closing time is after hours"));
    m_timesProblem->setObjectName(QStringLiteral("timesProblem"));
    m_timesProblem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_timesProblem->hide();
    auto *times = new QHBoxLayout;
    times->setContentsMargins(0, 0, 0, 0);
    times->addWidget(m_opens);
    auto *to = new QLabel(tr("to"), this);
    times->addWidget(to);
    times->addWidget(m_closes);
    times->addSpacing(8);
    times->addWidget(m_timesProblem);
    times->addStretch();

    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_holidayDate->setDate(QDate::currentDate());
    m_holidayDate->setAccessibleName(tr("Holiday to add"));
    m_holidays->setAccessibleName(tr("Public holidays"));
    m_holidays->setToolTip(tr("Days that count as after hours all day; Delete removes the "
                              "selected ones"));
    m_holidays->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_holidays->setMaximumHeight(110);
    m_holidays->setMaximumWidth(360);
    m_holidays->installEventFilter(this);
    m_holidayDate->installEventFilter(this);
    m_removeHoliday->setEnabled(false);
    auto *holidayButtons = new QHBoxLayout;
    holidayButtons->setContentsMargins(0, 0, 0, 0);
    holidayButtons->addWidget(m_holidayDate);
    holidayButtons->addWidget(m_addHoliday);
    holidayButtons->addWidget(m_removeHoliday);
    holidayButtons->addStretch();
    auto *holidays = new QVBoxLayout;
    holidays->setContentsMargins(0, 0, 0, 0);
    holidays->addWidget(m_holidays);
    holidays->addLayout(holidayButtons);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this, form](const QString &text, QWidget *buddy, auto *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    row(tr("Time zone:"), m_timeZone, m_timeZone);
    row(tr("Working days:"), m_days.at((firstDay - 1) % 7), days);
    row(tr("Opening hours:"), m_opens, times);
    row(tr("Public holidays:"), m_holidays, holidays);

    connect(m_timeZone, &QComboBox::activated, this, &BusinessHoursEdit::commitTimeZone);
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this,
            &BusinessHoursEdit::commitTimeZone);
    connect(m_opens, &QTimeEdit::timeChanged, this, [this] { commitTimes(Part::Opens); });
    connect(m_closes, &QTimeEdit::timeChanged, this, [this] { commitTimes(Part::Closes); });
    connect(m_addHoliday, &QPushButton::clicked, this, &BusinessHoursEdit::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &BusinessHoursEdit::removeHoliday);
    connect(m_holidays, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeHoliday->setEnabled(!m_holidays->selectedItems().isEmpty()); });
}

QCheckBox *BusinessHoursEdit::dayBox(int dayOfWeek) const
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? m_days.at(dayOfWeek - 1) : nullptr;
}

void BusinessHoursEdit::setHours(const BusinessHours &hours)
{
    m_loading = true;
    m_hours = hours;
    const QString zone = QString::fromLatin1(hours.timeZone);
    int index = m_timeZone->findText(zone);
    if (index < 0) {
        m_timeZone->addItem(zone);
        index = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(index);
    for (int d = 1; d <= 7; ++d)
        m_days.at(d - 1)->setChecked(hours.workingDays.contains(d));
    m_opens->setTime(hours.opens);
    m_closes->setTime(hours.closes);
    m_timesProblem->hide();
    showHolidays();
    m_loading = false;
}

void BusinessHoursEdit::showHolidays()
{
    const QLocale locale;
    QList<QDate> dates = m_hours.holidays;
    std::sort(dates.begin(), dates.end());
    m_holidays->clear();
    for (const QDate &date : std::as_const(dates)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(
            date.toString(Qt::ISODate), locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)));
        item->setData(Qt::UserRole, date);
        m_holidays->addItem(item);
    }
    m_removeHoliday->setEnabled(false);
}

void BusinessHoursEdit::emitEdit(const BusinessHours &hours, const QString &text, Part part)
{
    if (hours == m_hours)
        return;
    m_hours = hours;
    emit edited(hours, text, part);
}

void BusinessHoursEdit::commitTimeZone()
{
    if (m_loading)
        return;
    const QByteArray id = m_timeZone->currentText().trimmed().toLatin1();
    // Only a zone Qt knows is taken; anything else goes back to the zone kept.
    const int index = m_timeZone->findText(QString::fromLatin1(id), Qt::MatchFixedString);
    if (index < 0 || !QTimeZone(m_timeZone->itemText(index).toLatin1()).isValid()) {
        m_loading = true;
        m_timeZone->setCurrentIndex(m_timeZone->findText(QString::fromLatin1(m_hours.timeZone)));
        m_loading = false;
        return;
    }
    BusinessHours h = m_hours;
    h.timeZone = m_timeZone->itemText(index).toLatin1();
    if (m_timeZone->currentIndex() != index) {
        m_loading = true;
        m_timeZone->setCurrentIndex(index);
        m_loading = false;
    }
    emitEdit(h, tr("Change time zone"), Part::TimeZone);
}

void BusinessHoursEdit::commitDays()
{
    if (m_loading)
        return;
    BusinessHours h = m_hours;
    h.workingDays.clear();
    for (int d = 1; d <= 7; ++d) {
        if (m_days.at(d - 1)->isChecked())
            h.workingDays.append(d);
    }
    emitEdit(h, tr("Change working days"), Part::WorkingDays);
}

void BusinessHoursEdit::commitTimes(Part part)
{
    if (m_loading)
        return;
    // Hours that end before they begin are not kept; the times stay as typed
    // with a word on why, until they make sense.
    if (m_closes->time() <= m_opens->time()) {
        m_timesProblem->setText(tr("Closing time must be after opening time."));
        m_timesProblem->show();
        return;
    }
    m_timesProblem->hide();
    BusinessHours h = m_hours;
    h.opens = m_opens->time();
    h.closes = m_closes->time();
    emitEdit(h, part == Part::Opens ? tr("Change opening time") : tr("Change closing time"), part);
}

void BusinessHoursEdit::addHoliday()
{
    const QDate date = m_holidayDate->date();
    if (!date.isValid() || m_hours.holidays.contains(date))
        return;
    BusinessHours h = m_hours;
    h.holidays.append(date);
    std::sort(h.holidays.begin(), h.holidays.end());
    emitEdit(h, tr("Add holiday %1").arg(date.toString(Qt::ISODate)), Part::Holidays);
    for (int r = 0; r < m_holidays->count(); ++r) {
        if (m_holidays->item(r)->data(Qt::UserRole).toDate() == date)
            m_holidays->setCurrentRow(r);
    }
}

void BusinessHoursEdit::removeHoliday()
{
    QList<QDate> removed;
    for (const QListWidgetItem *item : m_holidays->selectedItems())
        removed.append(item->data(Qt::UserRole).toDate());
    if (removed.isEmpty())
        return;
    const int row = m_holidays->currentRow();
    BusinessHours h = m_hours;
    h.holidays.removeIf([&removed](const QDate &d) { return removed.contains(d); });
    emitEdit(h,
             removed.size() == 1
                 ? tr("Remove holiday %1").arg(removed.first().toString(Qt::ISODate))
                 : tr("Remove %n holiday(s)", nullptr, int(removed.size())),
             Part::Holidays);
    // The next date takes the removed one's place, so Delete can go on.
    if (m_holidays->count() > 0)
        m_holidays->setCurrentRow(std::min(row, m_holidays->count() - 1));
}

bool BusinessHoursEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_holidays
            && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeHoliday();
            return true;
        }
        if (watched == m_holidayDate
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            addHoliday();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}
