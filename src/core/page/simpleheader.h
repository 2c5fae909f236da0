#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace GravDesk {

/**
 * A fast path for the page headers editors and Grav's admin write: block
 * maps and lists of `true`/`false`/`null`, single-quoted strings and plain
 * words. Returns false — and leaves @p values alone — for anything else
 * (numbers, dates, flow collections, double quotes, anchors, multi-line
 * scalars, comments after values, duplicate keys …); parseHeader() then
 * decides; parseHeader() itself tries this first. When it returns true,
 * @p values (and @p keyOrder, top-level keys in file order) equal what the
 * yaml-cpp path of parseHeader() gives, and
 * the header is accepted by Symfony YAML (tests/core/tst_simpleheader.cpp
 * checks both on the corpus and on edge cases).
 *
 * Why: rendering a page needs its header, and yaml-cpp costs more than the
 * whole Markdown pass for a typical news post.
 */
bool parseSimpleHeader(const QByteArray &headerText, QVariantMap &values, QStringList *keyOrder = nullptr);
/// The same, with the values of top-level keys other than @p onlyKeys checked but not built: they are
/// absent from @p values (the renderer reads a handful of keys of every page).
bool parseSimpleHeader(const QByteArray &headerText, QVariantMap &values, const QList<QByteArrayView> &onlyKeys);

} // namespace GravDesk
