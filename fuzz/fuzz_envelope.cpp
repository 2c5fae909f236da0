// libFuzzer harness: the page envelope (splitEnvelope) and the header reader (parseHeader).
//
// Input: the bytes of a page file. Never a crash, a hang or a leak, and these properties (abort when one fails):
//  - the split keeps the file: rawBody() is the body in the file's line endings, bodyOffset lies in the file;
//  - the header's bytes put back with composeWithHeader() / composePage() give the file back byte for byte, and a
//    FrontMatterDocument loaded from them writes them back unchanged and reads what parseHeader() reads;
//  - a body written back under the header (composePage, LF body in the file's line ending) is read back with the
//    same header text and the same body, unless it starts with a blank line (Grav swallows those);
//  - a file without a header given one (composePage) reads back with that header and its body;
//  - when the fast path of the header reader takes a header, yaml-cpp's path reads the same values and order.
// Whatever cannot be a header for Grav (the body of a file without one) is also read as header text, so that the
// reader sees arbitrary text and not only what follows a `---` line.

#include "fuzzcheck.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/frontmatterdocument.h"
#include "page/simpleheader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace GravDesk;

namespace {

QByteArray normalised(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n").replace('\r', '\n');
}

QString quoted(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toPercentEncoding(" :-_.,/#'\"[]{}|>&*!?%@`=+"));
}

void checkHeaderReader(const QByteArray &headerText)
{
    const HeaderParse full = parseHeader(headerText);
    QVariantMap values;
    QStringList order;
    if (!parseSimpleHeader(headerText, values, &order))
        return;
    HeaderBudget slow;
    slow.simpleFastPath = false;
    const HeaderParse viaYaml = parseHeader(headerText, slow);
    FUZZ_CHECK(viaYaml.accepted && !viaYaml.legacyOnly,
        QStringLiteral("the fast path takes a header yaml-cpp's path refuses (%1): %2").arg(viaYaml.error, quoted(headerText)));
    const QString d = FuzzCheck::difference(values, viaYaml.values);
    FUZZ_CHECK(d.isEmpty(), QStringLiteral("fast and yaml-cpp paths differ at %1: %2").arg(d, quoted(headerText)));
    FUZZ_CHECK(order == viaYaml.keyOrder, QStringLiteral("fast and yaml-cpp key orders differ: %1").arg(quoted(headerText)));
    FUZZ_CHECK(FuzzCheck::difference(full.values, values).isEmpty(), QStringLiteral("parseHeader is not its fast path"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Envelope env = splitEnvelope(raw);

    FUZZ_CHECK(env.raw == raw, QStringLiteral("raw bytes changed"));
    FUZZ_CHECK(env.bodyOffset >= 0 && env.bodyOffset <= raw.size(),
        QStringLiteral("bodyOffset %1 outside the file").arg(env.bodyOffset));
    FUZZ_CHECK(normalised(env.rawBody()) == env.body, QStringLiteral("rawBody() is not the body: %1").arg(quoted(raw)));
    if (!env.validUtf8) {
        FUZZ_CHECK(!env.hasHeader, QStringLiteral("a header in a file that is not UTF-8"));
        return 0;
    }

    if (env.hasHeader) {
        const QByteArray header = headerBytes(env);
        FUZZ_CHECK(!header.isEmpty(), QStringLiteral("the header's bytes are not found in the file: %1").arg(quoted(raw)));
        QByteArray grav = normalised(header);
        grav.chop(1); // the header's last line break is the one before the closing `---`
        if (grav.contains('\t'))
            grav.replace("\n\t", "\n    ");
        FUZZ_CHECK(grav == env.headerText, QStringLiteral("headerBytes() is not the header Grav reads: %1").arg(quoted(raw)));
        FUZZ_CHECK(
            composeWithHeader(env, header) == raw, QStringLiteral("composeWithHeader changes the file: %1").arg(quoted(raw)));
        FUZZ_CHECK(
            composePage(env, header, env.rawBody()) == raw, QStringLiteral("composePage changes the file: %1").arg(quoted(raw)));

        const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
        FUZZ_CHECK(doc.text() == header, QStringLiteral("FrontMatterDocument does not keep the header's bytes"));
        FUZZ_CHECK(
            doc.gravText() == env.headerText, QStringLiteral("FrontMatterDocument::gravText is not the header Grav reads"));
        const HeaderParse parsed = parseHeader(env.headerText);
        FUZZ_CHECK(
            doc.parsed().accepted == parsed.accepted && FuzzCheck::difference(doc.parsed().values, parsed.values).isEmpty(),
            QStringLiteral("FrontMatterDocument reads the header differently"));

        // The body written again in the file's line ending, under the same header bytes.
        if (!env.body.startsWith('\n')) {
            const QByteArray again = composePage(env, header, applyLineEnding(env.body, env.lineEnding));
            const Envelope back = splitEnvelope(again);
            FUZZ_CHECK(back.hasHeader && back.headerText == env.headerText,
                QStringLiteral("the header reads differently after composePage: %1").arg(quoted(raw)));
            FUZZ_CHECK(
                back.body == env.body, QStringLiteral("the body reads differently after composePage: %1").arg(quoted(raw)));
        }
        checkHeaderReader(env.headerText);
    } else {
        // A header added to a file without one.
        static const QByteArray added = QByteArrayLiteral("title: 'Added'\npublished: true\n");
        const QByteArray composed = composePage(env, applyLineEnding(added, env.lineEnding), env.rawBody());
        const Envelope back = splitEnvelope(composed);
        FUZZ_CHECK(back.hasHeader && back.headerText == QByteArrayLiteral("title: 'Added'\npublished: true"),
            QStringLiteral("an added header does not read back: %1").arg(quoted(raw)));
        if (!env.body.startsWith('\n'))
            FUZZ_CHECK(
                back.body == env.body, QStringLiteral("the body reads differently under an added header: %1").arg(quoted(raw)));
        QByteArray asHeader = env.body;
        if (asHeader.contains('\t'))
            asHeader.replace("\n\t", "\n    ");
        checkHeaderReader(asHeader);
    }
    return 0;
}
