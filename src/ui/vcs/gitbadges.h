#pragma once

#include "vcs/gitrepo.h"

#include <QIcon>

namespace GravDesk {

/// The tree's small badge for a page's git state (a coloured dot with a sign).
QIcon gitStateIcon(PageGitState state);

} // namespace GravDesk
