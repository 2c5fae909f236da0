#pragma once

#include <QDateTime>

namespace GravDesk {

/**
 * The one place GravDesk asks for the time: publication states (scheduled, expired), new posts' dates,
 * journal stamps. Tests and scripted runs fix it with setFixed() or with GRAVDESK_NOW in the environment
 * (an ISO 8601 date and time, e.g. 2026-05-25T10:00:00+05:00) so that "now" is the same in every run.
 */
namespace Clock {

/// The current time in UTC (the fixed time when one is set).
QDateTime nowUtc();
/// Fixes the time returned by nowUtc(); an invalid @p utc brings the real clock back.
void setFixed(const QDateTime &utc);

} // namespace Clock
} // namespace GravDesk
