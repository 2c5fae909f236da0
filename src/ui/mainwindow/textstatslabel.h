#pragma once

#include <QLabel>

namespace GravDesk {

/**
 * The status bar's counters for the open page: words, characters with and without spaces, reading
 * time, and the lengths of the title and `metadata.description` against what search engines show
 * (a title up to 70 characters, a description of 50–160); a length outside that is shown in colour.
 */
class TextStatsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextStatsLabel)

public:
    static constexpr int kMaxTitle = 70;
    static constexpr int kMinDescription = 50;
    static constexpr int kMaxDescription = 160;

    explicit TextStatsLabel(QWidget *parent = nullptr);

    void showCounts(const QString &body, const QString &title, const QString &description, const QString &language);
    void clearCounts();
};

} // namespace GravDesk
