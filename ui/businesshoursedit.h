#pragma once

#include "model/businesshours.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

// Edits an agreement's business hours: the time zone (a searchable list of
// IANA zones), the working days, the opening and closing times and the
// public holidays, in a frame of its own. It holds no document: every change is handed out as the
// complete new hours through edited(), for the page to push as one undo step.
class BusinessHoursEdit : public QGroupBox
{
    Q_OBJECT

public:
    // What an edit touched; consecutive edits of one part merge into one
    // undo step where that makes sense (typing a time).
    enum class Part { TimeZone, WorkingDays, Opens, Closes, Holidays };

    explicit BusinessHoursEdit(QWidget *parent = nullptr);

    // Shows hours without emitting edited().
    void setHours(const BusinessHours &hours);
    BusinessHours hours() const { return m_hours; }

    QComboBox *timeZoneBox() const { return m_timeZone; }
    QCheckBox *dayBox(int dayOfWeek) const; // Qt::DayOfWeek, Monday = 1
    QTimeEdit *opensEdit() const { return m_opens; }
    QTimeEdit *closesEdit() const { return m_closes; }
    QDateEdit *holidayEdit() const { return m_holidayDate; }
    QListWidget *holidayList() const { return m_holidays; }
    QPushButton *addHolidayButton() const { return m_addHoliday; }
    QPushButton *removeHolidayButton() const { return m_removeHoliday; }

    void addHoliday();
    void removeHoliday();

signals:
    void edited(const BusinessHours &hours, const QString &undoText, BusinessHoursEdit::Part part);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitTimeZone();
    void commitDays();
    void commitTimes(Part part);
    void emitEdit(const BusinessHours &hours, const QString &text, Part part);
    void showHolidays();

    BusinessHours m_hours;
    bool m_loading = false;
    QComboBox *m_timeZone;
    QList<QCheckBox *> m_days; // Monday first
    QTimeEdit *m_opens;
    QTimeEdit *m_closes;
    QLabel *m_timesProblem;
    QDateEdit *m_holidayDate;
    QListWidget *m_holidays;
    QPushButton *m_addHoliday;
    QPushButton *m_removeHoliday;
};
