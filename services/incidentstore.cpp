#include "incidentstore.h"

#include "historyschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr int retryIntervalMs = 5000;

int nextConnectionNumber()
{
    static std::atomic_int next{0};
    return next++;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Every version's tables, created where missing: a file of an older schema gains what it lacks
// (1 -> 2: scorecard_notes) and is then marked as the current one.
const QStringList schema{
    u"CREATE TABLE IF NOT EXISTS incident_events ("
    "id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, rule TEXT NOT NULL, incident_ms INTEGER NOT NULL, "
    "kind TEXT NOT NULL, severity TEXT NOT NULL, value REAL, user TEXT NOT NULL, text TEXT NOT NULL, "
    "channel TEXT NOT NULL)"_s,
    u"CREATE INDEX IF NOT EXISTS incident_events_at ON incident_events(at_ms)"_s,
    u"CREATE INDEX IF NOT EXISTS incident_events_rule ON incident_events(rule, at_ms)"_s,
    u"CREATE TABLE IF NOT EXISTS silences ("
    "id TEXT PRIMARY KEY, matchers TEXT NOT NULL, starts_ms INTEGER NOT NULL, ends_ms INTEGER NOT NULL, "
    "created_by TEXT NOT NULL, comment TEXT NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS scorecard_notes ("
    "vendor TEXT NOT NULL, from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, rating INTEGER, notes TEXT NOT NULL, "
    "updated_ms INTEGER NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (vendor, from_ms, to_ms))"_s,
};

// What saveScorecardNote() takes for a deletion.
bool isErasure(const ScorecardNote &note)
{
    return !note.rating && note.notes.trimmed().isEmpty();
}

bool sameKey(const ScorecardNote &a, const ScorecardNote &b)
{
    return a.vendor == b.vendor && a.period == b.period;
}

bool noteOrder(const ScorecardNote &a, const ScorecardNote &b)
{
    if (a.vendor != b.vendor)
        return a.vendor < b.vendor;
    if (a.period.fromMs != b.period.fromMs)
        return a.period.fromMs < b.period.fromMs;
    return a.period.toMs < b.period.toMs;
}

std::optional<int> validRating(std::optional<int> rating)
{
    return rating && *rating >= 1 && *rating <= 5 ? rating : std::nullopt;
}

bool matchesQuery(const IncidentEvent &event, const IncidentQuery &query)
{
    if (!query.rule.isEmpty() && event.rule != query.rule)
        return false;
    if (query.fromMs && event.atMs < *query.fromMs)
        return false;
    if (query.toMs && event.atMs >= *query.toMs)
        return false;
    if (query.text.isEmpty())
        return true;
    for (const QString *field : {&event.rule, &event.text, &event.user, &event.channel}) {
        if (field->contains(query.text, Qt::CaseInsensitive))
            return true;
    }
    return machineName(event.kind).contains(query.text, Qt::CaseInsensitive);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

IncidentStore::IncidentStore(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)),
      m_connection(u"gatewatch-incidents-"_s + QString::number(nextConnectionNumber()))
{
    m_retry.setInterval(retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_open && !openFile())
            return;
        writeWaiting();
    });
}

IncidentStore::~IncidentStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool IncidentStore::open()
{
    if (m_open)
        return true;
    if (!openFile()) {
        if (!m_retry.isActive())
            m_retry.start();
        return false;
    }
    return true;
}

bool IncidentStore::openFile()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        setProblem(tr("Incident history cannot be kept: the folder %1 cannot be created")
                       .arg(nativePath(info.absolutePath())));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                            : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        setProblem(tr("Incident history cannot be kept: %1 cannot be opened (%2)")
                       .arg(nativePath(m_path), db.lastError().text()));
        return false;
    }
    DbError error;
    const std::optional<int> version = historyschema::version(db, &error);
    if (!version && error.meansCorrupt()) {
        db.close();
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        QString target = m_path + u".corrupt-"_s + stamp;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = m_path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
        if (!QFile::rename(m_path, target)) {
            setProblem(tr("Incident history cannot be kept: %1 is damaged (%2) and cannot be moved aside")
                           .arg(nativePath(m_path), error.message));
            return false;
        }
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::rename(m_path + suffix, target + suffix);
        return openFile();
    }
    if (!version) {
        db.close();
        setProblem(tr("Incident history cannot be kept: %1 cannot be read (%2)").arg(nativePath(m_path), error.message));
        return false;
    }
    if (*version > schemaVersion) {
        db.close();
        setProblem(tr("Incident history is off: %1 was written by a newer Gatewatch (schema %2; this one knows %3)")
                       .arg(nativePath(m_path))
                       .arg(*version)
                       .arg(schemaVersion));
        return false;
    }
    QStringList statements{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s};
    statements += schema;
    statements.append(u"PRAGMA user_version=%1"_s.arg(schemaVersion));
    for (const QString &sql : std::as_const(statements)) {
        if (const std::optional<DbError> failed = historyschema::exec(db, sql)) {
            db.close();
            setProblem(tr("Incident history cannot be written to %1: %2").arg(nativePath(m_path), failed->message));
            return false;
        }
    }
    m_open = true;
    loadSilences();
    loadScorecardNotes();
    writeWaiting();
    return true;
}

void IncidentStore::loadSilences()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, matchers, starts_ms, ends_ms, created_by, comment FROM silences"_s))
        return;
    QList<Silence> loaded;
    while (query.next()) {
        Silence silence;
        silence.id = query.value(0).toString();
        const Result<QList<LabelMatcher>> matchers = LabelMatcher::parseList(query.value(1).toString());
        if (!matchers)
            continue; // written by this store, so only a hand-edited file gets here
        silence.matchers = *matchers;
        silence.startsAtMs = query.value(2).toLongLong();
        silence.endsAtMs = query.value(3).toLongLong();
        silence.createdBy = query.value(4).toString();
        silence.comment = query.value(5).toString();
        loaded.append(silence);
    }
    // Those created while the file could not be written are newer than the file's.
    for (const Silence &silence : std::as_const(m_silences)) {
        const auto known = std::find_if(loaded.begin(), loaded.end(),
                                        [&](const Silence &s) { return s.id == silence.id; });
        if (known != loaded.end())
            *known = silence;
        else
            loaded.append(silence);
    }
    std::sort(loaded.begin(), loaded.end(), [](const Silence &a, const Silence &b) {
        return a.startsAtMs != b.startsAtMs ? a.startsAtMs > b.startsAtMs : a.id < b.id;
    });
    m_silences = loaded;
    Q_EMIT silencesChanged();
}

void IncidentStore::loadScorecardNotes()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT vendor, from_ms, to_ms, rating, notes, updated_ms, updated_by FROM scorecard_notes"_s))
        return;
    QList<ScorecardNote> loaded;
    while (query.next()) {
        ScorecardNote note;
        note.vendor = query.value(0).toString();
        note.period = {query.value(1).toLongLong(), query.value(2).toLongLong()};
        if (!query.value(3).isNull())
            note.rating = validRating(query.value(3).toInt());
        note.notes = query.value(4).toString();
        note.updatedMs = query.value(5).toLongLong();
        note.updatedBy = query.value(6).toString();
        loaded.append(note);
    }
    // Those saved (or deleted) while the file could not be written are newer than the file's.
    for (const ScorecardNote &note : std::as_const(m_waitingNotes)) {
        loaded.removeIf([&](const ScorecardNote &n) { return sameKey(n, note); });
        if (!isErasure(note))
            loaded.append(note);
    }
    std::sort(loaded.begin(), loaded.end(), noteOrder);
    m_notes = loaded;
    Q_EMIT scorecardNotesChanged();
}

void IncidentStore::append(IncidentEvent event)
{
    event.id = 0;
    event.text = m_redactor.message(event.text);
    event.user = m_redactor.text(event.user);
    m_waiting.append(event);
    writeWaiting();
    if (m_waiting.isEmpty())
        event.id = m_lastWrittenId;
    Q_EMIT appended(event);
}

void IncidentStore::saveSilence(const Silence &given)
{
    Silence silence = given;
    silence.comment = m_redactor.message(silence.comment);
    const auto known =
        std::find_if(m_silences.begin(), m_silences.end(), [&](const Silence &s) { return s.id == silence.id; });
    if (known != m_silences.end())
        *known = silence;
    else
        m_silences.prepend(silence);
    m_waitingSilences.removeIf([&](const Silence &s) { return s.id == silence.id; });
    m_waitingSilences.append(silence);
    writeWaiting();
    Q_EMIT silencesChanged();
}

std::optional<ScorecardNote> IncidentStore::scorecardNote(const QString &vendor, const Period &period) const
{
    return noteFor(m_notes, vendor, period);
}

void IncidentStore::saveScorecardNote(const ScorecardNote &given)
{
    ScorecardNote note = given;
    note.rating = validRating(note.rating);
    note.notes = m_redactor.message(note.notes);
    note.updatedBy = m_redactor.text(note.updatedBy);
    m_notes.removeIf([&](const ScorecardNote &n) { return sameKey(n, note); });
    if (!isErasure(note))
        m_notes.insert(std::upper_bound(m_notes.begin(), m_notes.end(), note, noteOrder), note);
    // One write per vendor and period is enough: the latest, a deletion included.
    m_waitingNotes.removeIf([&](const ScorecardNote &n) { return sameKey(n, note); });
    m_waitingNotes.append(note);
    writeWaiting();
    Q_EMIT scorecardNotesChanged();
}

void IncidentStore::writeWaiting()
{
    if (!m_open) {
        if (!m_retry.isActive())
            m_retry.start();
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto fail = [this](const QSqlQuery &query) {
        const qsizetype count = m_waiting.size() + m_waitingSilences.size() + m_waitingNotes.size();
        setProblem(tr("Incident history cannot be written to %1: %2. %3 entries wait in memory and are written "
                      "as soon as that works again.")
                       .arg(nativePath(m_path), query.lastError().text())
                       .arg(count));
        if (!m_retry.isActive())
            m_retry.start();
    };
    while (!m_waitingSilences.isEmpty()) {
        const Silence &silence = m_waitingSilences.constFirst();
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO silences (id, matchers, starts_ms, ends_ms, created_by, comment) "
                      "VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"_s);
        query.addBindValue(silence.id);
        query.addBindValue(matchersText(silence.matchers));
        query.addBindValue(silence.startsAtMs);
        query.addBindValue(silence.endsAtMs);
        query.addBindValue(silence.createdBy);
        query.addBindValue(silence.comment);
        if (!query.exec())
            return fail(query);
        m_waitingSilences.removeFirst();
    }
    while (!m_waitingNotes.isEmpty()) {
        const ScorecardNote &note = m_waitingNotes.constFirst();
        QSqlQuery query(db);
        if (isErasure(note)) {
            query.prepare(u"DELETE FROM scorecard_notes WHERE vendor = ? AND from_ms = ? AND to_ms = ?"_s);
        } else {
            query.prepare(u"INSERT OR REPLACE INTO scorecard_notes (vendor, from_ms, to_ms, rating, notes, updated_ms, "
                          "updated_by) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''))"_s);
        }
        query.addBindValue(note.vendor.isNull() ? u""_s : note.vendor);
        query.addBindValue(note.period.fromMs);
        query.addBindValue(note.period.toMs);
        if (!isErasure(note)) {
            query.addBindValue(note.rating ? QVariant(*note.rating) : QVariant(QMetaType(QMetaType::Int)));
            query.addBindValue(note.notes);
            query.addBindValue(note.updatedMs);
            query.addBindValue(note.updatedBy);
        }
        if (!query.exec())
            return fail(query);
        m_waitingNotes.removeFirst();
    }
    while (!m_waiting.isEmpty()) {
        const IncidentEvent &event = m_waiting.constFirst();
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO incident_events (at_ms, rule, incident_ms, kind, severity, value, user, text, "
                      "channel) VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''))"_s);
        query.addBindValue(event.atMs);
        query.addBindValue(event.rule);
        query.addBindValue(event.incidentStartMs);
        query.addBindValue(machineName(event.kind));
        query.addBindValue(machineName(event.severity));
        query.addBindValue(event.value ? QVariant(*event.value) : QVariant(QMetaType(QMetaType::Double)));
        query.addBindValue(event.user);
        query.addBindValue(event.text);
        query.addBindValue(event.channel);
        if (!query.exec())
            return fail(query);
        m_lastWrittenId = query.lastInsertId().toLongLong();
        m_waiting.removeFirst();
    }
    m_retry.stop();
    setProblem({});
}

QList<IncidentEvent> IncidentStore::events(const IncidentQuery &query) const
{
    QList<IncidentEvent> found;
    // Those waiting are the newest.
    for (auto it = m_waiting.crbegin(); it != m_waiting.crend() && found.size() < query.limit; ++it) {
        if (matchesQuery(*it, query))
            found.append(*it);
    }
    if (!m_open || found.size() >= query.limit)
        return found;
    QStringList where;
    QVariantList values;
    if (!query.rule.isEmpty()) {
        where.append(u"rule = ?"_s);
        values.append(query.rule);
    }
    if (query.fromMs) {
        where.append(u"at_ms >= ?"_s);
        values.append(*query.fromMs);
    }
    if (query.toMs) {
        where.append(u"at_ms < ?"_s);
        values.append(*query.toMs);
    }
    if (!query.text.isEmpty()) {
        QStringList fields;
        for (const QString &field : {u"rule"_s, u"text"_s, u"user"_s, u"channel"_s, u"kind"_s}) {
            fields.append(field + u" LIKE ? ESCAPE '\\'"_s);
            values.append(likePattern(query.text));
        }
        where.append(u'(' + fields.join(u" OR "_s) + u')');
    }
    QString sql = u"SELECT id, at_ms, rule, incident_ms, kind, severity, value, user, text, channel "
                  "FROM incident_events"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY at_ms DESC, id DESC LIMIT %1"_s.arg(query.limit - found.size());
    QSqlQuery select(QSqlDatabase::database(m_connection, false));
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        select.addBindValue(value);
    if (!select.exec())
        return found;
    while (select.next()) {
        IncidentEvent event;
        event.id = select.value(0).toLongLong();
        event.atMs = select.value(1).toLongLong();
        event.rule = select.value(2).toString();
        event.incidentStartMs = select.value(3).toLongLong();
        event.kind = incidentKindFromName(select.value(4).toString()).value_or(IncidentEvent::Kind::Note);
        event.severity = alertSeverityFromName(select.value(5).toString()).value_or(AlertSeverity::Warning);
        if (!select.value(6).isNull())
            event.value = select.value(6).toDouble();
        event.user = select.value(7).toString();
        event.text = select.value(8).toString();
        event.channel = select.value(9).toString();
        found.append(event);
    }
    return found;
}

void IncidentStore::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

} // namespace gw
