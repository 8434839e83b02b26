#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Time targets of escalation rules are whole minutes. This is the one place
// that turns them into text and back, and that says how long a target may be.
namespace Duration {

// A year: the longest response, resolution or escalation time an agreement
// holds. Readers refuse longer ones, editors stop there.
inline constexpr int MaxMinutes = 365 * 24 * 60;

// "15 min", "4 h", "1 h 30 min", "1 day", "3 days"; empty for no target (0 or less).
QString text(int minutes);

// A time that was measured (a median response, a ticket's resolution), as
// a reader takes it in: "–" for none (less than 0), "0 min" … "59 min",
// "27 h 42 min" up to two days, then days and hours ("3 d 4 h").
QString measuredText(int minutes);

// Reads what text() writes and what people type: numbers, each followed by
// a unit whose first letter is d (days), h (hours) or anything else
// (minutes); a bare number is minutes ("90", "1 h 30", "2 days"). Nothing
// for other text or a total beyond the range of int.
std::optional<int> parse(QStringView text);

} // namespace Duration
