#pragma once

#include <functional>

class QDateTimeEdit;

namespace GravDesk {

/**
 * Lets a date be typed the way it is read: `29.10.2025`, `29.10.2025 14:30`, `1.5.2025`.
 *
 * QDateTimeEdit moves to the next section by itself once a section is full (`29`), and then takes the `.` the
 * writer types next as "go to the next section" once more, so the month's digits land in the year and only
 * the day changes. With this installed, a separator typed right after such a move is swallowed; digits typed
 * while the whole text is selected, or with only a cursor in a section, start that section (the first one
 * after Select All) instead of being inserted into it; and digits typed over an unset date's "not set" text
 * start from today. The field's own arrows, wheel and calendar are unchanged.
 *
 * While a section is half typed (year `202`, below the minimum an unset field's "not set") the edit already
 * reports that date; isHalfTyped() tells listeners to wait, and @p settled is called once the section is
 * complete, another key or a shortcut comes, or the field loses focus.
 */
void installDateTyping(QDateTimeEdit *edit, std::function<void()> settled = {});

/// True while a section of @p edit is half typed (see installDateTyping()).
bool isHalfTyped(const QDateTimeEdit *edit);

} // namespace GravDesk
