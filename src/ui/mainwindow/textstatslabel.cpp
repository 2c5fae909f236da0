#include "textstatslabel.h"

#include "text/typograph.h"

namespace GravDesk {
namespace {

QString warn(const QString &text, bool bad)
{
    return bad ? QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped();
}

int length(const QString &text)
{
    return static_cast<int>(text.trimmed().toUcs4().size());
}

} // namespace

TextStatsLabel::TextStatsLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("textStatsLabel"));
    setTextFormat(Qt::RichText);
}

void TextStatsLabel::showCounts(const QString &body, const QString &title, const QString &description, const QString &language)
{
    const TextStatistics s = textStatistics(body, language);
    const int wpm
        = language.startsWith(QLatin1String("en")) ? Typograph::kEnglishWordsPerMinute : Typograph::kCyrillicWordsPerMinute;
    const int titleLength = length(title);
    const int descriptionLength = length(description);
    const QString titleText = tr("Title: %1/%2").arg(titleLength).arg(kMaxTitle);
    const QString descriptionText
        = descriptionLength == 0 ? tr("No description") : tr("Description: %1/%2").arg(descriptionLength).arg(kMaxDescription);
    setText(tr("%1 words · %2 characters (%3 without spaces) · %4 min read")
                .arg(s.words)
                .arg(s.characters)
                .arg(s.charactersWithoutSpaces)
                .arg(s.readingMinutes)
        + QStringLiteral(" · ") + warn(titleText, titleLength > kMaxTitle) + QStringLiteral(" · ")
        + warn(descriptionText,
            descriptionLength > 0 && (descriptionLength < kMinDescription || descriptionLength > kMaxDescription)));
    setToolTip(tr("Reading time at %1 words per minute.\nSearch engines show about %2 characters of a title and %3–%4 of the "
                  "description (metadata.description).")
                   .arg(wpm)
                   .arg(kMaxTitle)
                   .arg(kMinDescription)
                   .arg(kMaxDescription));
}

void TextStatsLabel::clearCounts()
{
    clear();
    setToolTip(QString());
}

} // namespace GravDesk
