#include "gitindex.h"

#include <QByteArray>
#include <QFile>

#include <vector>

namespace GravDesk {
namespace {

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

constexpr qsizetype kHeaderBytes = 12;
constexpr qsizetype kHashBytes = 20; // SHA-1; a SHA-256 index fails the checks below and goes to git
constexpr qsizetype kFixedBytes = 40 + kHashBytes + 2; // stat data, object name, flags
constexpr quint16 kExtendedFlag = 0x4000;
constexpr quint16 kNameMask = 0x0fff;
constexpr quint32 kModeTypeMask = 0170000;
constexpr quint32 kModeRegular = 0100000, kModeLink = 0120000, kModeGitlink = 0160000;

} // namespace

bool readGitIndexPaths(const QString &indexFile, const std::function<void(QByteArrayView path)> &each)
{
    QFile file(indexFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < kHeaderBytes + kHashBytes || !bytes.startsWith("DIRC"))
        return false;
    const quint32 version = be32(data + 4);
    const quint32 count = be32(data + 8);
    if (version < 2 || version > 4)
        return false;
    const qsizetype end = size - kHashBytes; // the trailing checksum
    // Every path is checked first and handed out after: a file that fails half-way hands out nothing.
    std::vector<std::pair<qsizetype, qsizetype>> spans; // v2/v3: offset and length of each path in bytes
    QByteArray paths; // v4: the paths rebuilt from their prefixes, NUL-separated
    if (version == 4)
        paths.reserve(size);
    else
        spans.reserve(count);
    QByteArray previous;
    qsizetype at = kHeaderBytes;
    for (quint32 i = 0; i < count; ++i) {
        if (at + kFixedBytes > end)
            return false;
        const quint32 mode = be32(data + at + 24);
        const quint32 type = mode & kModeTypeMask;
        // A folder entry is a sparse index's; anything but a file, a link or a submodule is not understood.
        if (type != kModeRegular && type != kModeLink && type != kModeGitlink)
            return false;
        const quint16 flags = be16(data + at + 40 + kHashBytes);
        qsizetype name = at + kFixedBytes;
        if (flags & kExtendedFlag) {
            if (version < 3)
                return false;
            name += 2;
        }
        const qsizetype nameLength = flags & kNameMask; // 0xfff: that long or longer
        if (version == 4) {
            // The number of bytes to drop from the end of the previous path (git's offset varint), then the rest.
            qsizetype p = name;
            if (p >= end)
                return false;
            uchar c = data[p++];
            quint64 strip = c & 127;
            while (c & 128) {
                if (p >= end || strip > (quint64(1) << 40))
                    return false;
                c = data[p++];
                strip = ((strip + 1) << 7) + (c & 127);
            }
            if (strip > quint64(previous.size()))
                return false;
            const auto *nul = static_cast<const uchar *>(memchr(data + p, 0, size_t(end - p)));
            if (!nul)
                return false;
            previous.truncate(previous.size() - qsizetype(strip));
            previous.append(reinterpret_cast<const char *>(data + p), nul - (data + p));
            if (previous.isEmpty() || (nameLength < kNameMask && previous.size() != nameLength))
                return false;
            paths.append(previous);
            paths.append('\0');
            at = (nul - data) + 1;
        } else {
            const auto *nul = static_cast<const uchar *>(memchr(data + name, 0, size_t(end - name)));
            if (!nul)
                return false;
            const qsizetype length = nul - (data + name);
            if (length == 0 || (nameLength < kNameMask && length != nameLength))
                return false;
            spans.emplace_back(name, length);
            // The entry is padded with 1 to 8 NULs to a multiple of 8 bytes.
            const qsizetype entry = (name - at) + length;
            const qsizetype padded = (entry + 8) & ~qsizetype(7);
            at += padded;
            if (at > end)
                return false;
        }
    }
    // Extensions: a split index ("link") keeps its entries in another file; a sparse one ("sdir") has folders.
    while (at + 8 <= end) {
        const QByteArrayView signature(bytes.constData() + at, 4);
        if (signature == "link" || signature == "sdir")
            return false;
        const qsizetype length = be32(data + at + 4);
        if (length > end - at - 8)
            return false;
        at += 8 + length;
    }
    if (at != end)
        return false;
    if (version == 4) {
        for (qsizetype p = 0; p < paths.size();) {
            const qsizetype nul = paths.indexOf('\0', p);
            each(QByteArrayView(paths.constData() + p, nul - p));
            p = nul + 1;
        }
    } else {
        for (const auto &[offset, length] : spans)
            each(QByteArrayView(bytes.constData() + offset, length));
    }
    return true;
}

} // namespace GravDesk
