#pragma once

#include "vcs/gitrepo.h"

#include <QIcon>

namespace GravDesk {

/// The tree's small badge for a page's git state (a coloured dot with a sign).
QIcon gitStateIcon(PageGitState state);
/// The badge of a page whose publish is queued (committed here, sent when the server can be reached).
QIcon queuedBadgeIcon();

} // namespace GravDesk
