#pragma once

#include <QStringList>

class QTextStream;

namespace GravDesk::Cli {

/// `import-gallery PAGE_FOLDER IMAGES…`: the photo import (media/galleryimport.h). @p args as gravdesk-cli got them
/// (args[1] == "import-gallery"). Runs in gravdesk-cli-gallery, the one program of the command line that loads Qt Gui.
int runImportGallery(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace GravDesk::Cli
