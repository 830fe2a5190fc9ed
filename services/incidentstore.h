#pragma once

#include "incident.h"
#include "redaction.h"
#include "scorecard.h"
#include "silence.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace gw {

// The incident history, the silences and the vendor managers' scorecard notes (rating and notes
// per vendor and period), in their own SQLite file (WAL, synchronous=FULL): an entry this store
// has written survives a crash, kill -9 or a power cut. Writes are few and small, so they happen
// at once on the calling thread (the GUI thread). Silences and notes are few: all of them are
// kept in memory from open() on.
//
// Nothing is lost when writing fails (a full disk, a read-only file): entries wait in memory,
// in order, and are written as soon as a write works again (retried every few seconds);
// problem() says what is wrong meanwhile. A corrupt file is moved aside and a fresh one started.
// Every text is passed through the redactor first, so a secret typed into a note or named in an
// error never reaches the file.
//
// Schema 1: incident_events, silences. Schema 2 adds scorecard_notes; a file of schema 1 gains
// it when opened, one of a newer schema is left alone.
class IncidentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentStore)

public:
    static constexpr int schemaVersion = 2;

    explicit IncidentStore(QString path, QObject *parent = nullptr);
    ~IncidentStore() override;

    // Opens (creating) the file; false with problem() saying why when it cannot be used at all
    // (a newer schema, an unreadable directory). Entries appended meanwhile wait in memory.
    bool open();
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }

    void setRedactor(const Redactor &redactor) { m_redactor = redactor; }
    // How often a failed write is tried again (5 s unless a test says otherwise).
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

    // Appends an entry (its id is set when written); emits appended() either way.
    void append(IncidentEvent event);
    // Newest first; entries still waiting in memory included.
    QList<IncidentEvent> events(const IncidentQuery &query) const;

    // Every silence kept (expired ones too, newest start first).
    QList<Silence> silences() const { return m_silences; }
    // Creates or replaces a silence by id.
    void saveSilence(const Silence &silence);

    // Every scorecard note kept, those waiting to be written included; by vendor, then period.
    QList<ScorecardNote> scorecardNotes() const { return m_notes; }
    // The note for exactly this vendor and period (no other period's, even one overlapping it).
    std::optional<ScorecardNote> scorecardNote(const QString &vendor, const Period &period) const;
    // Creates or replaces the note of its vendor and period. One without a rating and with no
    // text (blanks aside) deletes it. A rating outside 1–5 is none.
    void saveScorecardNote(const ScorecardNote &note);

    // What keeps entries from being written (empty: nothing).
    const QString &problem() const { return m_problem; }
    qsizetype waiting() const { return m_waiting.size(); }

Q_SIGNALS:
    void appended(const gw::IncidentEvent &event);
    void silencesChanged();
    void scorecardNotesChanged();
    void problemChanged(const QString &problem);

private:
    bool openFile();
    void loadSilences();
    void loadScorecardNotes();
    // Writes what waits, in order; stops at the first failure.
    void writeWaiting();
    void setProblem(const QString &problem);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    Redactor m_redactor;
    QList<IncidentEvent> m_waiting;
    qint64 m_lastWrittenId = 0;
    QList<Silence> m_silences;
    QList<Silence> m_waitingSilences;
    QList<ScorecardNote> m_notes;
    QList<ScorecardNote> m_waitingNotes; // deletions included: no rating and no text
    QString m_problem;
    QTimer m_retry;
};

} // namespace gw
