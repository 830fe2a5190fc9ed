#include "scorecardspage.h"

#include "csv.h"
#include "scorecardreport.h"
#include "scorecardsmodel.h"
#include "statuspalette.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 dayMs = 86'400'000;

// Availability day by day as a row of cells, as status pages draw uptime: each day coloured by
// whether it met the contract's target, grey without data. Hovering a day names it and its value.
class DayStrip final : public QWidget
{
public:
    explicit DayStrip(QWidget *parent = nullptr) : QWidget(parent)
    {
        setMouseTracking(true);
        setMinimumHeight(34);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setDays(const QList<QPair<qint64, std::optional<double>>> &days, std::optional<double> target,
                 const QTimeZone &zone)
    {
        m_days = days;
        m_target = target;
        m_zone = zone;
        update();
    }

    QSize sizeHint() const override { return {480, 34}; }

    // The state a day's availability shows as.
    static HealthStatus statusOf(const std::optional<double> &availability, const std::optional<double> &target)
    {
        if (!availability)
            return HealthStatus::Unknown;
        const double goal = target.value_or(99.0);
        if (*availability >= goal)
            return HealthStatus::Up;
        // Within a tenth of the way to 100 % below the target: a blip, not a breach of note.
        return *availability >= goal - (100.0 - goal) ? HealthStatus::Degraded : HealthStatus::Down;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const StatusPalette colours(palette());
        const int n = static_cast<int>(m_days.size());
        if (n == 0) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter, ScorecardsPage::tr("No days in this period"));
            return;
        }
        const double gap = n > 60 ? 1.0 : 2.0;
        const double width = (static_cast<double>(this->width()) - gap * (n - 1)) / n;
        for (int i = 0; i < n; ++i) {
            const QRectF cell(i * (width + gap), 0, std::max(1.0, width), height());
            const HealthStatus status = statusOf(m_days.at(i).second, m_target);
            QColor fill = status == HealthStatus::Unknown ? palette().color(QPalette::Mid) : colours.foreground(status);
            if (i == m_hovered)
                fill = fill.lighter(125);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(cell, 1.5, 1.5);
        }
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const int n = static_cast<int>(m_days.size());
        if (n == 0 || width() <= 0)
            return;
        const int index = std::clamp(static_cast<int>(event->position().x() * n / width()), 0, n - 1);
        if (index != m_hovered) {
            m_hovered = index;
            update();
        }
        const auto &[startMs, availability] = m_days.at(index);
        const QString day = locale().toString(QDateTime::fromMSecsSinceEpoch(startMs, m_zone).date(), QLocale::LongFormat);
        const QString value = availability
                                  ? ScorecardsPage::tr("%1 % available").arg(locale().toString(*availability, 'f', 3))
                                  : ScorecardsPage::tr("no monitored time");
        QToolTip::showText(event->globalPosition().toPoint(), day + u'\n' + value, this);
    }

    void leaveEvent(QEvent *) override
    {
        m_hovered = -1;
        update();
    }

private:
    QList<QPair<qint64, std::optional<double>>> m_days;
    std::optional<double> m_target;
    QTimeZone m_zone = QTimeZone::utc();
    int m_hovered = -1;
};

// Colours the table's verdicts: what is bad in red and bold, what needs a look in amber, and a met
// SLA or a good score in green (green everywhere would drown the rest).
class VerdictDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto verdict = static_cast<ScorecardsModel::Verdict>(index.data(ScorecardsModel::VerdictRole).toInt());
        const bool headline = index.column() == ScorecardsModel::SlaColumn || index.column() == ScorecardsModel::ScoreColumn;
        HealthStatus status = HealthStatus::Unknown;
        switch (verdict) {
        case ScorecardsModel::Verdict::None:
            return;
        case ScorecardsModel::Verdict::Good:
            if (!headline)
                return;
            status = HealthStatus::Up;
            break;
        case ScorecardsModel::Verdict::Warning:
            status = HealthStatus::Degraded;
            break;
        case ScorecardsModel::Verdict::Bad:
            status = HealthStatus::Down;
            option->font.setBold(true);
            break;
        }
        option->palette.setColor(QPalette::Text, StatusPalette(option->palette).foreground(status));
    }
};

QString vendorName(const VendorReview &review)
{
    return review.vendor.name.isEmpty() ? review.vendor.id : review.vendor.name;
}

QString minutesText(double minutes, const QLocale &locale)
{
    const qint64 whole = std::llround(minutes);
    if (whole < 60)
        return ScorecardsPage::tr("%1 min").arg(locale.toString(whole));
    if (whole < 48 * 60) {
        if (whole % 60 == 0)
            return ScorecardsPage::tr("%1 h").arg(locale.toString(whole / 60));
        return ScorecardsPage::tr("%1 h %2 min").arg(locale.toString(whole / 60), locale.toString(whole % 60));
    }
    const qint64 hours = std::llround(minutes / 60);
    if (hours % 24 == 0)
        return ScorecardsPage::tr("%1 d").arg(locale.toString(hours / 24));
    return ScorecardsPage::tr("%1 d %2 h").arg(locale.toString(hours / 24), locale.toString(hours % 24));
}

QString severityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return ScorecardsPage::tr("Info");
    case AlertSeverity::Warning:
        return ScorecardsPage::tr("Warning");
    case AlertSeverity::Critical:
        return ScorecardsPage::tr("Critical");
    }
    return {};
}

QString criterionName(const QString &name)
{
    if (name == u"availability")
        return ScorecardsPage::tr("Availability");
    if (name == u"latency")
        return ScorecardsPage::tr("Latency");
    if (name == u"errors")
        return ScorecardsPage::tr("Errors");
    if (name == u"incidents")
        return ScorecardsPage::tr("Incidents");
    if (name == u"cost")
        return ScorecardsPage::tr("Cost");
    if (name == u"support")
        return ScorecardsPage::tr("Support");
    return name;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A file name's stem for a period: "2026-11", "2026-Q4" or "2026-11-03_2026-11-16".
QString periodStem(const Period &period, const QTimeZone &zone)
{
    const QDate from = QDateTime::fromMSecsSinceEpoch(period.fromMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(period.toMs - 1, zone).date();
    if (period == calendarMonth(from.year(), from.month(), zone))
        return from.toString(u"yyyy-MM"_s);
    const int quarter = (from.month() - 1) / 3 + 1;
    if (period == calendarQuarter(from.year(), quarter, zone))
        return u"%1-Q%2"_s.arg(from.year()).arg(quarter);
    return from.toString(Qt::ISODate) + u'_' + last.toString(Qt::ISODate);
}

} // namespace

struct ScorecardsPage::Private
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    std::function<qint64()> clock;
    bool hasVendors = true;
    Period period;
    bool stale = true;  // the shown reviews are not the current period's, or need asking again
    bool waiting = false;
    QHash<QString, VendorReview> reviews; // of `period`, by vendor id
    QString problem;
    QString shownVendor; // whose card is shown
    bool noteDirty = false;

    ScorecardsModel *model = nullptr;
    QComboBox *picker = nullptr;
    QPushButton *refreshButton = nullptr;
    QPushButton *csvButton = nullptr;
    QToolButton *pdfButton = nullptr;
    QAction *pdfAll = nullptr;
    QAction *pdfOne = nullptr;
    QLabel *summary = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *emptyLabel = nullptr;
    QTableView *table = nullptr;
    QSplitter *splitter = nullptr;
    bool splitMoved = false; // by the user: the table keeps the height they gave it

    QScrollArea *cardArea = nullptr;
    QLabel *cardTitle = nullptr;
    QLabel *cardVerdict = nullptr;
    QLabel *criteria = nullptr;
    QLabel *availabilityLabel = nullptr;
    DayStrip *days = nullptr;
    QLabel *daysRange = nullptr;
    QChartView *latencyView = nullptr;
    QLabel *incidentsLabel = nullptr;
    QTreeWidget *incidents = nullptr;
    QLabel *costLabel = nullptr;
    QProgressBar *costBar = nullptr;
    QLabel *creditLabel = nullptr;
    QTableWidget *escalation = nullptr;
    QComboBox *rating = nullptr;
    QPlainTextEdit *notes = nullptr;
    QPushButton *saveNote = nullptr;
    QPushButton *revertNote = nullptr;
    QLabel *noteState = nullptr;
    QLabel *noteProblem = nullptr;
};

ScorecardsPage::ScorecardsPage(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setObjectName(u"scorecardsPage"_s);
    d->model = new ScorecardsModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    buildHeader();
    buildTable();
    buildCard();
    fillPicker();
    d->period = period();
}

ScorecardsPage::~ScorecardsPage() = default;

void ScorecardsPage::buildHeader()
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Period:"), this);
    d->picker = new QComboBox(this);
    d->picker->setObjectName(u"periodPicker"_s);
    d->picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(d->picker);
    connect(d->picker, &QComboBox::activated, this, &ScorecardsPage::pickerChanged);
    d->refreshButton = new QPushButton(tr("&Refresh"), this);
    d->refreshButton->setObjectName(u"refreshButton"_s);
    d->refreshButton->setToolTip(tr("Compute the scorecards again from the history"));
    connect(d->refreshButton, &QPushButton::clicked, this, &ScorecardsPage::request);
    d->csvButton = new QPushButton(tr("Export &CSV…"), this);
    d->csvButton->setObjectName(u"exportCsvButton"_s);
    d->csvButton->setToolTip(tr("Every vendor's scorecard for the period, one row each, for a spreadsheet"));
    connect(d->csvButton, &QPushButton::clicked, this, &ScorecardsPage::askExportCsv);
    d->pdfButton = new QToolButton(this);
    d->pdfButton->setObjectName(u"exportPdfButton"_s);
    d->pdfButton->setText(tr("Export &PDF…"));
    d->pdfButton->setToolTip(tr("A report for the vendor review meeting: the comparison, then each vendor's "
                                "charts, incidents, credit claim and notes"));
    d->pdfButton->setPopupMode(QToolButton::MenuButtonPopup);
    d->pdfButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(d->pdfButton);
    d->pdfAll = menu->addAction(tr("All vendors…"));
    d->pdfOne = menu->addAction(QString());
    d->pdfButton->setMenu(menu);
    connect(d->pdfButton, &QToolButton::clicked, this, [this] { askExportPdf({}); });
    connect(d->pdfAll, &QAction::triggered, this, [this] { askExportPdf({}); });
    connect(d->pdfOne, &QAction::triggered, this, [this] { askExportPdf(selectedVendor()); });

    row->addWidget(label);
    row->addWidget(d->picker);
    row->addWidget(d->refreshButton);
    row->addStretch(1);
    row->addWidget(d->csvButton);
    row->addWidget(d->pdfButton);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);

    d->summary = new QLabel(this);
    d->summary->setObjectName(u"scorecardsSummary"_s);
    d->summary->setWordWrap(true);
    d->summary->setTextFormat(Qt::RichText);
    layout()->addWidget(d->summary);
}

void ScorecardsPage::buildTable()
{
    d->stack = new QStackedWidget(this);
    d->emptyLabel = new QLabel(d->stack);
    d->emptyLabel->setObjectName(u"scorecardsEmpty"_s);
    d->emptyLabel->setAlignment(Qt::AlignCenter);
    d->emptyLabel->setWordWrap(true);
    d->emptyLabel->setTextFormat(Qt::RichText);
    d->emptyLabel->setText(
        tr("<p style='font-size:large'><b>No vendors are configured</b></p>"
           "<p>Describe your vendors under <code>vendors:</code> in the configuration — their integrations, "
           "status page, contract, cost and escalation contacts — to get a scorecard for each.<br>"
           "See the Vendors section of docs/configuration.md.</p>"));

    auto *splitter = new QSplitter(Qt::Vertical, d->stack);
    splitter->setObjectName(u"scorecardsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    d->table = new QTableView(splitter);
    d->table->setObjectName(u"scorecardsTable"_s);
    d->table->setModel(d->model);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(ScorecardsModel::ScoreColumn, Qt::AscendingOrder); // worst first
    d->table->verticalHeader()->hide();
    d->table->setAlternatingRowColors(true);
    d->table->setWordWrap(false);
    d->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->table->horizontalHeader()->setSectionResizeMode(ScorecardsModel::VendorColumn, QHeaderView::Stretch);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->table->setItemDelegate(new VerdictDelegate(d->table));
    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCard(); });
    connect(d->model, &QAbstractItemModel::modelReset, this, [this] {
        if (d->model->rowCount() > 0 && !d->table->currentIndex().isValid())
            d->table->setCurrentIndex(d->model->index(0, ScorecardsModel::VendorColumn));
    });

    d->cardArea = new QScrollArea(splitter);
    d->cardArea->setObjectName(u"vendorCard"_s);
    d->cardArea->setWidgetResizable(true);
    d->cardArea->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(d->table);
    splitter->addWidget(d->cardArea);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    d->splitter = splitter;
    connect(splitter, &QSplitter::splitterMoved, this, [this] { d->splitMoved = true; });

    d->stack->addWidget(splitter);
    d->stack->addWidget(d->emptyLabel);
    layout()->addWidget(d->stack);
}

void ScorecardsPage::buildCard()
{
    auto *card = new QWidget(d->cardArea);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->setSpacing(10);

    auto *titleRow = new QHBoxLayout;
    d->cardTitle = new QLabel(card);
    d->cardTitle->setObjectName(u"cardTitle"_s);
    d->cardTitle->setTextFormat(Qt::RichText);
    d->cardVerdict = new QLabel(card);
    d->cardVerdict->setObjectName(u"cardVerdict"_s);
    d->cardVerdict->setTextFormat(Qt::RichText);
    d->cardVerdict->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    titleRow->addWidget(d->cardTitle, 1);
    titleRow->addWidget(d->cardVerdict);
    layout->addLayout(titleRow);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addLayout(columns);

    d->availabilityLabel = sectionTitle(tr("Availability by day"), card);
    left->addWidget(d->availabilityLabel);
    d->days = new DayStrip(card);
    d->days->setObjectName(u"dayStrip"_s);
    left->addWidget(d->days);
    d->daysRange = new QLabel(card);
    d->daysRange->setObjectName(u"dayRange"_s);
    d->daysRange->setForegroundRole(QPalette::PlaceholderText);
    left->addWidget(d->daysRange);

    left->addWidget(sectionTitle(tr("p95 latency by day"), card));
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    d->latencyView = new QChartView(chart, card);
    d->latencyView->setObjectName(u"latencyChart"_s);
    d->latencyView->setRenderHint(QPainter::Antialiasing);
    d->latencyView->setMinimumHeight(200);
    left->addWidget(d->latencyView);

    d->incidentsLabel = sectionTitle(tr("Incidents"), card);
    left->addWidget(d->incidentsLabel);
    d->incidents = new QTreeWidget(card);
    d->incidents->setObjectName(u"incidentList"_s);
    d->incidents->setRootIsDecorated(false);
    d->incidents->setHeaderLabels(
        {tr("Started"), tr("Incident"), tr("Source"), tr("Acknowledged after"), tr("Resolved after")});
    d->incidents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->incidents->setMinimumHeight(120);
    left->addWidget(d->incidents);

    right->addWidget(sectionTitle(tr("Score"), card));
    d->criteria = new QLabel(card);
    d->criteria->setObjectName(u"criteria"_s);
    d->criteria->setTextFormat(Qt::RichText);
    right->addWidget(d->criteria);

    right->addWidget(sectionTitle(tr("Cost"), card));
    d->costLabel = new QLabel(card);
    d->costLabel->setObjectName(u"costText"_s);
    d->costLabel->setWordWrap(true);
    right->addWidget(d->costLabel);
    d->costBar = new QProgressBar(card);
    d->costBar->setObjectName(u"costBar"_s);
    d->costBar->setTextVisible(false);
    d->costBar->setMaximumHeight(10);
    right->addWidget(d->costBar);
    d->creditLabel = new QLabel(card);
    d->creditLabel->setObjectName(u"creditText"_s);
    d->creditLabel->setWordWrap(true);
    d->creditLabel->setTextFormat(Qt::RichText);
    right->addWidget(d->creditLabel);

    right->addWidget(sectionTitle(tr("Escalation"), card));
    d->escalation = new QTableWidget(0, 4, card);
    d->escalation->setObjectName(u"escalationTable"_s);
    d->escalation->setHorizontalHeaderLabels({tr("Severity"), tr("Contact"), tr("Channel"), tr("Respond within")});
    d->escalation->verticalHeader()->hide();
    d->escalation->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->escalation->horizontalHeader()->setStretchLastSection(true);
    d->escalation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->escalation->setSelectionMode(QAbstractItemView::NoSelection);
    d->escalation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    right->addWidget(d->escalation);

    right->addWidget(sectionTitle(tr("Review"), card));
    auto *form = new QFormLayout;
    d->rating = new QComboBox(card);
    d->rating->setObjectName(u"ratingPicker"_s);
    d->rating->addItem(tr("As configured"), QVariant());
    const QStringList words{tr("poor"), tr("fair"), tr("good"), tr("very good"), tr("excellent")};
    for (int stars = 1; stars <= 5; ++stars)
        d->rating->addItem(u"%1  %2 — %3"_s.arg(QString(stars, QChar(0x2605)), QString::number(stars), words.at(stars - 1)),
                           stars);
    d->rating->setToolTip(tr("How the vendor's support served you this period; it overrides the configured "
                             "rating and counts towards the score"));
    form->addRow(tr("Support &rating:"), d->rating);
    d->notes = new QPlainTextEdit(card);
    d->notes->setObjectName(u"notesEdit"_s);
    d->notes->setPlaceholderText(tr("Notes for the review: agreed actions, claims, context…"));
    d->notes->setMinimumHeight(90);
    form->addRow(tr("&Notes:"), d->notes);
    right->addLayout(form);
    auto *noteButtons = new QHBoxLayout;
    d->noteState = new QLabel(card);
    d->noteState->setObjectName(u"noteState"_s);
    d->noteState->setForegroundRole(QPalette::PlaceholderText);
    d->noteState->setWordWrap(true);
    d->revertNote = new QPushButton(tr("Re&vert"), card);
    d->revertNote->setObjectName(u"revertNoteButton"_s);
    d->saveNote = new QPushButton(tr("&Save"), card);
    d->saveNote->setObjectName(u"saveNoteButton"_s);
    d->saveNote->setToolTip(tr("Keep the rating and notes with this vendor and period (Ctrl+S)"));
    d->saveNote->setShortcut(QKeySequence::Save);
    noteButtons->addWidget(d->noteState, 1);
    noteButtons->addWidget(d->revertNote);
    noteButtons->addWidget(d->saveNote);
    right->addLayout(noteButtons);
    d->noteProblem = new QLabel(card);
    d->noteProblem->setObjectName(u"noteProblem"_s);
    d->noteProblem->setWordWrap(true);
    d->noteProblem->setVisible(false);
    right->addWidget(d->noteProblem);
    right->addStretch(1);

    const auto edited = [this] {
        d->noteDirty = true;
        updateNoteButtons();
    };
    connect(d->rating, &QComboBox::activated, this, edited);
    connect(d->notes, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (!d->notes->signalsBlocked())
            edited();
    });
    connect(d->saveNote, &QPushButton::clicked, this, &ScorecardsPage::saveNote);
    connect(d->revertNote, &QPushButton::clicked, this, [this] {
        d->noteDirty = false;
        showCard();
    });

    d->cardArea->setWidget(card);
    updateNoteButtons();
}

void ScorecardsPage::setZone(const QTimeZone &zone)
{
    d->zone = zone;
    fillPicker();
    d->period = period();
    d->stale = true;
}

void ScorecardsPage::setClock(std::function<qint64()> clock)
{
    d->clock = std::move(clock);
    fillPicker();
    d->period = period();
    d->stale = true;
}

qint64 ScorecardsPage::now() const
{
    return d->clock ? d->clock() : QDateTime::currentMSecsSinceEpoch();
}

void ScorecardsPage::setHasVendors(bool hasVendors)
{
    d->hasVendors = hasVendors;
    d->stack->setCurrentIndex(hasVendors ? 0 : 1);
    d->csvButton->setEnabled(hasVendors);
    d->pdfButton->setEnabled(hasVendors);
    d->refreshButton->setEnabled(hasVendors);
    updateSummary();
}

// The picker: this month so far, the last twelve months by name, this and last quarter, and a
// custom range. Items carry their period's bounds; rebuilt when the month turns.
void ScorecardsPage::fillPicker()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now(), d->zone).date();
    const int previous = d->picker->currentIndex();
    const QVariant previousKey = previous >= 0 ? d->picker->itemData(previous, Qt::UserRole + 1) : QVariant();
    const QString previousText = previous >= 0 ? d->picker->itemText(previous) : QString();
    const auto add = [this](const QString &text, const Period &period, const QString &key) {
        d->picker->addItem(text, QVariantList{period.fromMs, period.toMs});
        d->picker->setItemData(d->picker->count() - 1, key, Qt::UserRole + 1);
    };
    const QSignalBlocker blocker(d->picker);
    d->picker->clear();
    Period thisMonth = calendarMonth(today.year(), today.month(), d->zone);
    thisMonth.toMs = std::min(thisMonth.toMs, std::max(thisMonth.fromMs + 1, now()));
    add(tr("This month so far"), thisMonth, u"this-month"_s);
    for (int back = 1; back <= 12; ++back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        const QString name = locale().standaloneMonthName(month.month(), QLocale::LongFormat) + u' '
                             + QString::number(month.year());
        add(back == 1 ? tr("Last month (%1)").arg(name) : name, calendarMonth(month.year(), month.month(), d->zone),
            back == 1 ? u"last-month"_s : month.toString(u"yyyy-MM"_s));
    }
    d->picker->insertSeparator(d->picker->count());
    const int quarter = (today.month() - 1) / 3 + 1;
    Period thisQuarter = calendarQuarter(today.year(), quarter, d->zone);
    thisQuarter.toMs = std::min(thisQuarter.toMs, std::max(thisQuarter.fromMs + 1, now()));
    add(tr("This quarter so far (Q%1 %2)").arg(quarter).arg(today.year()), thisQuarter, u"this-quarter"_s);
    const int lastQuarterYear = quarter == 1 ? today.year() - 1 : today.year();
    const int lastQuarter = quarter == 1 ? 4 : quarter - 1;
    add(tr("Last quarter (Q%1 %2)").arg(lastQuarter).arg(lastQuarterYear),
        calendarQuarter(lastQuarterYear, lastQuarter, d->zone), u"last-quarter"_s);
    d->picker->insertSeparator(d->picker->count());
    d->picker->addItem(tr("Custom range…"));
    d->picker->setItemData(d->picker->count() - 1, u"custom"_s, Qt::UserRole + 1);

    int index = previousKey.isValid() ? d->picker->findData(previousKey, Qt::UserRole + 1) : -1;
    if (index >= 0 && previousKey == u"custom"_s)
        d->picker->setItemText(index, previousText); // the range picked stays picked, named by its days
    if (index < 0)
        index = d->picker->findData(u"last-month"_s, Qt::UserRole + 1);
    d->picker->setCurrentIndex(index);
}

Period ScorecardsPage::period() const
{
    if (d->picker->currentData(Qt::UserRole + 1) == u"custom"_s)
        return d->period;
    const QVariantList bounds = d->picker->currentData().toList();
    if (bounds.size() != 2)
        return d->period;
    return {bounds.at(0).toLongLong(), bounds.at(1).toLongLong()};
}

void ScorecardsPage::setPeriod(const Period &period)
{
    for (int i = 0; i < d->picker->count(); ++i) {
        const QVariantList bounds = d->picker->itemData(i).toList();
        if (bounds.size() == 2 && bounds.at(0).toLongLong() == period.fromMs && bounds.at(1).toLongLong() == period.toMs) {
            d->picker->setCurrentIndex(i);
            d->period = period;
            d->stale = true;
            refresh();
            return;
        }
    }
    // A custom range: the picker names its days.
    const int custom = d->picker->findData(u"custom"_s, Qt::UserRole + 1);
    const QDate first = QDateTime::fromMSecsSinceEpoch(period.fromMs, d->zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(period.toMs - 1, d->zone).date();
    d->picker->setItemText(custom, tr("%1 – %2").arg(locale().toString(first, QLocale::ShortFormat),
                                                      locale().toString(last, QLocale::ShortFormat)));
    d->picker->setCurrentIndex(custom);
    d->period = period;
    d->stale = true;
    refresh();
}

void ScorecardsPage::pickerChanged()
{
    if (d->picker->currentData(Qt::UserRole + 1) == u"custom"_s) {
        pickCustom();
        return;
    }
    setPeriod(period());
}

void ScorecardsPage::pickCustom()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Scorecards for a range of days"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateEdit(&dialog);
    auto *to = new QDateEdit(&dialog);
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));
    }
    from->setDate(QDateTime::fromMSecsSinceEpoch(d->period.fromMs, d->zone).date());
    to->setDate(QDateTime::fromMSecsSinceEpoch(d->period.toMs - 1, d->zone).date());
    form->addRow(tr("&First day:"), from);
    form->addRow(tr("&Last day:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto validate = [from, to, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(from->date() <= to->date()); };
    connect(from, &QDateEdit::dateChanged, &dialog, validate);
    connect(to, &QDateEdit::dateChanged, &dialog, validate);
    if (dialog.exec() != QDialog::Accepted) {
        // Back to what was shown.
        setPeriod(d->period);
        return;
    }
    setPeriod({from->date().startOfDay(d->zone).toMSecsSinceEpoch(),
               to->date().addDays(1).startOfDay(d->zone).toMSecsSinceEpoch()});
}

void ScorecardsPage::refresh()
{
    d->stale = true;
    if (isVisible())
        request();
}

void ScorecardsPage::request()
{
    d->period = period();
    d->stale = false;
    if (!d->hasVendors)
        return;
    d->waiting = true;
    updateSummary();
    Q_EMIT reviewsRequested(d->period);
}

void ScorecardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A month may have turned since the picker was filled.
    const QString before = d->picker->itemText(0) + d->picker->itemText(1);
    fillPicker();
    if (d->picker->itemText(0) + d->picker->itemText(1) != before && period() != d->period)
        d->stale = true;
    if (d->stale)
        request();
}

void ScorecardsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        showCard();
}

void ScorecardsPage::showReviews(const Period &period, const QList<VendorReview> &reviews)
{
    if (period != d->period)
        return;
    d->waiting = false;
    d->problem.clear();
    d->reviews.clear();
    QList<Scorecard> cards;
    for (const VendorReview &review : reviews) {
        d->reviews.insert(review.vendor.id, review);
        cards.append(review.scorecard);
    }
    const QString selected = selectedVendor();
    d->model->setScorecards(cards, locale());
    if (!selected.isEmpty() && d->model->rowOf(selected) >= 0)
        selectVendor(selected);
    else if (d->model->rowCount() > 0)
        d->table->setCurrentIndex(d->model->index(0, ScorecardsModel::VendorColumn));
    showCard();
    updateSummary();
    fitTable();
}

// The table as tall as its rows (up to ten), the card below taking the rest.
void ScorecardsPage::fitTable()
{
    if (d->splitMoved || d->model->rowCount() == 0)
        return;
    const int rows = std::min(d->model->rowCount(), 10);
    const int height = d->table->horizontalHeader()->height() + rows * d->table->verticalHeader()->defaultSectionSize()
                       + 2 * d->table->frameWidth() + 2;
    const int total = d->splitter->height();
    if (total > height)
        d->splitter->setSizes({height, total - height});
}

void ScorecardsPage::showProblem(const QString &problem)
{
    d->waiting = false;
    d->problem = problem;
    updateSummary();
}

void ScorecardsPage::showNoteProblem(const QString &problem)
{
    d->noteProblem->setText(problem.isEmpty() ? QString() : tr("Not written to disk yet — the notes are kept and written as soon as they can be: %1").arg(problem));
    d->noteProblem->setStyleSheet(u"color: %1"_s.arg(StatusPalette(palette()).foreground(HealthStatus::Down).name()));
    d->noteProblem->setVisible(!problem.isEmpty());
}

QString ScorecardsPage::selectedVendor() const
{
    const QModelIndex current = d->table->currentIndex();
    return current.isValid() ? d->model->data(current, ScorecardsModel::VendorIdRole).toString() : QString();
}

void ScorecardsPage::selectVendor(const QString &vendorId)
{
    const int row = d->model->rowOf(vendorId);
    if (row >= 0)
        d->table->setCurrentIndex(d->model->index(row, ScorecardsModel::VendorColumn));
}

ScorecardsModel *ScorecardsPage::model() const
{
    return d->model;
}

void ScorecardsPage::updateSummary()
{
    const StatusPalette colours(palette());
    if (!d->hasVendors) {
        d->summary->clear();
        return;
    }
    if (!d->problem.isEmpty()) {
        d->summary->setText(u"<span style='color:%1'>%2</span>"_s.arg(colours.foreground(HealthStatus::Down).name(),
                                                                      d->problem.toHtmlEscaped()));
        return;
    }
    if (d->waiting && d->reviews.isEmpty()) {
        d->summary->setText(tr("Computing the scorecards…"));
        return;
    }
    int met = 0;
    int missed = 0;
    int overBudget = 0;
    for (const VendorReview &review : std::as_const(d->reviews)) {
        met += review.scorecard.slaMet == true;
        missed += review.scorecard.slaMet == false;
        overBudget += review.scorecard.overBudget == true;
    }
    QStringList parts;
    const int vendors = static_cast<int>(d->reviews.size());
    parts.append(vendors == 1 ? tr("1 vendor") : tr("%1 vendors").arg(vendors));
    if (met > 0)
        parts.append(u"<span style='color:%1'>%2</span>"_s.arg(colours.foreground(HealthStatus::Up).name(),
                                                               tr("%1 met the SLA").arg(met)));
    if (missed > 0)
        parts.append(u"<b style='color:%1'>%2</b>"_s.arg(colours.foreground(HealthStatus::Down).name(),
                                                         tr("%1 missed it").arg(missed)));
    if (overBudget > 0)
        parts.append(u"<span style='color:%1'>%2</span>"_s.arg(colours.foreground(HealthStatus::Degraded).name(),
                                                               tr("%1 over budget").arg(overBudget)));
    QString text = parts.join(u" · "_s);
    text += u" <span style='color:%1'>— %2</span>"_s.arg(
        palette().color(QPalette::PlaceholderText).name(),
        (d->waiting ? tr("updating…") : tr("worst score first; pick a row for its card")).toHtmlEscaped());
    d->summary->setText(text);
}

void ScorecardsPage::showCard()
{
    const QString vendorId = selectedVendor();
    const auto found = d->reviews.constFind(vendorId);
    d->cardArea->widget()->setEnabled(found != d->reviews.cend());
    d->pdfOne->setEnabled(found != d->reviews.cend());
    d->pdfOne->setText(found != d->reviews.cend() ? tr("Only %1…").arg(vendorName(*found)) : tr("Only the selected vendor…"));
    if (vendorId != d->shownVendor)
        d->noteDirty = false; // edits of another vendor were left unsaved on purpose or saved already
    d->shownVendor = vendorId;
    if (found == d->reviews.cend()) {
        d->cardTitle->clear();
        d->cardVerdict->clear();
        d->criteria->clear();
        d->days->setDays({}, std::nullopt, d->zone);
        d->daysRange->clear();
        d->latencyView->chart()->removeAllSeries();
        d->incidents->clear();
        d->costLabel->clear();
        d->creditLabel->clear();
        d->escalation->setRowCount(0);
        return;
    }
    const VendorReview &review = *found;
    showHeadline(review);
    showAvailability(review);
    showLatency(review);
    showIncidents(review);
    showCost(review);
    showEscalation(review);
    showNote(review);
    updateNoteButtons();
}

void ScorecardsPage::showHeadline(const VendorReview &review)
{
    const Scorecard &card = review.scorecard;
    const QLocale locale = this->locale();
    const StatusPalette colours(palette());
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    // Title: the vendor, its support tier and the score.
    QString title = u"<span style='font-size:x-large; font-weight:bold'>%1</span>"_s.arg(vendorName(review).toHtmlEscaped());
    if (!review.vendor.supportTier.isEmpty())
        title += u"&nbsp;&nbsp;<span style='color:%1'>%2</span>"_s.arg(muted, tr("%1 support").arg(review.vendor.supportTier).toHtmlEscaped());
    d->cardTitle->setText(title);
    QStringList verdict;
    if (card.slaMet) {
        const HealthStatus status = *card.slaMet ? HealthStatus::Up : HealthStatus::Down;
        verdict.append(u"<b style='color:%1'>%2</b>"_s.arg(
            colours.foreground(status).name(),
            (*card.slaMet ? tr("SLA met") : tr("SLA missed")).toHtmlEscaped()));
    }
    if (card.score) {
        QString score = tr("Score %1 / 5").arg(locale.toString(*card.score, 'f', 1));
        if (card.trend && std::abs(*card.trend) >= 0.05)
            score += u' ' + (*card.trend > 0 ? tr("(▲ %1)") : tr("(▼ %1)")).arg(locale.toString(std::abs(*card.trend), 'f', 1));
        verdict.append(u"<span style='font-size:large'>%1</span>"_s.arg(score.toHtmlEscaped()));
    }
    d->cardVerdict->setText(verdict.join(u"&nbsp;&nbsp;&nbsp;"_s));

    // What the score is made of.
    QString criteria = u"<table cellspacing='0' cellpadding='2'>"_s;
    criteria += u"<tr><td style='color:%1'>%2</td><td align='right' style='color:%1'>%3</td>"
                "<td align='right' style='color:%1'>&nbsp;&nbsp;%4</td><td align='right' style='color:%1'>&nbsp;&nbsp;%5</td></tr>"_s
                    .arg(muted, tr("Criterion"), tr("Score"), tr("Weight"), tr("Points"));
    for (const Criterion &c : card.criteria) {
        criteria += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>&nbsp;&nbsp;%3</td>"
                    "<td align='right'>&nbsp;&nbsp;<b>%4</b></td></tr>"_s
                        .arg(criterionName(c.name).toHtmlEscaped(),
                             c.score ? locale.toString(*c.score, 'f', 1) : tr("no data"),
                             c.present() ? locale.toString(c.share * 100, 'f', 0) + u" %"_s : u"—"_s,
                             c.present() ? locale.toString(c.contribution, 'f', 2) : u"—"_s);
    }
    criteria += u"</table>"_s;
    d->criteria->setText(criteria);
}

void ScorecardsPage::showAvailability(const VendorReview &review)
{
    const Scorecard &card = review.scorecard;
    const QLocale locale = this->locale();
    // Availability day by day against the target.
    d->days->setDays(review.dailyAvailability, card.slaTargetPct, d->zone);
    QStringList availability;
    if (card.availabilityPct)
        availability.append(tr("%1 % over the period").arg(locale.toString(*card.availabilityPct, 'f', 3)));
    if (card.slaTargetPct)
        availability.append(tr("target %1 %").arg(locale.toString(*card.slaTargetPct)));
    if (card.downMs > 0)
        availability.append(tr("down %1").arg(minutesText(card.downMs / minuteMs, locale)));
    const qint64 excluded = card.excludedOfflineMs + card.excludedPausedMs + card.excludedMaintenanceMs;
    if (excluded > 0)
        availability.append(tr("%1 not counted (offline, paused or in maintenance)")
                                .arg(minutesText(static_cast<double>(excluded) / minuteMs, locale)));
    if (!review.dailyAvailability.isEmpty()) {
        const QDate first = QDateTime::fromMSecsSinceEpoch(review.dailyAvailability.constFirst().first, d->zone).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(review.dailyAvailability.constLast().first, d->zone).date();
        availability.prepend(tr("%1 – %2").arg(locale.toString(first, u"d MMM"_s), locale.toString(last, u"d MMM"_s)));
    }
    d->daysRange->setText(availability.join(u" · "_s));
}

void ScorecardsPage::showLatency(const VendorReview &review)
{
    const Scorecard &card = review.scorecard;
    const QLocale locale = this->locale();
    const StatusPalette colours(palette());
    // The p95 trend against the contract's target.
    QChart *chart = d->latencyView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // gives it back to us
        delete axis;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    auto *p95 = new QLineSeries;
    p95->setName(tr("p95 by day"));
    double top = 0;
    for (const auto &[dayStart, value] : review.dailyP95Ms) {
        if (value) {
            p95->append(static_cast<double>(dayStart), *value);
            top = std::max(top, *value);
        }
    }
    p95->setPointsVisible(p95->count() < 40);
    chart->addSeries(p95);
    QLineSeries *target = nullptr;
    if (card.p95TargetMs && !review.dailyP95Ms.isEmpty()) {
        target = new QLineSeries;
        target->setName(tr("target %1 ms").arg(locale.toString(*card.p95TargetMs, 'f', 0)));
        target->append(static_cast<double>(review.dailyP95Ms.constFirst().first), *card.p95TargetMs);
        target->append(static_cast<double>(review.dailyP95Ms.constLast().first), *card.p95TargetMs);
        QPen pen(colours.foreground(HealthStatus::Down));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        target->setPen(pen);
        chart->addSeries(target);
        top = std::max(top, *card.p95TargetMs);
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(u"d MMM"_s);
    x->setTickCount(std::clamp(static_cast<int>(review.dailyP95Ms.size()), 2, 7));
    if (!review.dailyP95Ms.isEmpty())
        x->setRange(QDateTime::fromMSecsSinceEpoch(review.dailyP95Ms.constFirst().first, d->zone),
                    QDateTime::fromMSecsSinceEpoch(std::max(review.dailyP95Ms.constLast().first,
                                                            review.dailyP95Ms.constFirst().first + dayMs),
                                                   d->zone));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 100);
    y->setLabelFormat(u"%.0f ms"_s);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    p95->setColor(dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x6f, 0xd1));
    chart->legend()->setVisible(target != nullptr);
}

void ScorecardsPage::showIncidents(const VendorReview &review)
{
    const Scorecard &card = review.scorecard;
    const QLocale locale = this->locale();
    // Incidents: the alerts about the vendor and what the vendor declared, in time order.
    d->incidents->clear();
    const auto after = [&locale](qint64 fromMs, const std::optional<qint64> &toMs) {
        return toMs ? minutesText(static_cast<double>(*toMs - fromMs) / minuteMs, locale) : QString(u"—"_s);
    };
    QList<std::pair<qint64, QStringList>> rows;
    for (const AlertIncident &incident : review.incidents) {
        rows.append({incident.startMs,
                     {incident.rule, tr("Alert"), after(incident.startMs, incident.acknowledgedMs),
                      incident.resolvedMs ? after(incident.startMs, incident.resolvedMs) : tr("still open")}});
    }
    for (const DeclaredIncident &incident : card.declared) {
        rows.append({incident.startMs,
                     {incident.name,
                      incident.impact.isEmpty() ? tr("Vendor's status page")
                                                : tr("Vendor's status page (%1)").arg(incident.impact),
                      u"—"_s, incident.endMs ? after(incident.startMs, incident.endMs) : tr("still open")}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[startMs, texts] : rows) {
        auto *item = new QTreeWidgetItem(d->incidents);
        item->setText(0, locale.toString(QDateTime::fromMSecsSinceEpoch(startMs, d->zone), QLocale::ShortFormat));
        for (int column = 0; column < texts.size(); ++column)
            item->setText(column + 1, texts.at(column));
    }
    QString incidentsTitle = tr("Incidents (%1)").arg(review.incidents.size() + card.declared.size());
    if (card.mttaMin || card.mttrMin) {
        QStringList means;
        if (card.mttaMin)
            means.append(tr("mean time to acknowledge %1").arg(minutesText(*card.mttaMin, locale)));
        if (card.mttrMin)
            means.append(tr("to resolve %1").arg(minutesText(*card.mttrMin, locale)));
        incidentsTitle += u" — "_s + means.join(u", "_s);
    }
    d->incidentsLabel->setText(incidentsTitle);
    if (d->incidents->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(d->incidents);
        item->setText(1, tr("No incidents in this period"));
        item->setForeground(1, palette().color(QPalette::PlaceholderText));
    }
}

void ScorecardsPage::showCost(const VendorReview &review)
{
    const Scorecard &card = review.scorecard;
    const QLocale locale = this->locale();
    const StatusPalette colours(palette());
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    // Cost against budget, and the credit the contract owes.
    if (card.cost) {
        QString cost = card.budget ? tr("%1 of a %2 budget")
                                         .arg(formatMoney(*card.cost, card.currency, locale),
                                              formatMoney(*card.budget, card.currency, locale))
                                   : tr("%1 (no budget set)").arg(formatMoney(*card.cost, card.currency, locale));
        if (review.vendor.cost && review.vendor.cost->monthlyFee > 0)
            cost += u'\n' + tr("Monthly fee %1; the rest is usage beyond what is included")
                                .arg(formatMoney(review.vendor.cost->monthlyFee, card.currency, locale));
        for (const QString &line : scorecardUsageText(card, review.vendor.cost, locale))
            cost += u'\n' + line;
        d->costLabel->setText(cost);
        d->costBar->setVisible(card.budget && *card.budget > 0);
        if (card.budget && *card.budget > 0) {
            const double share = *card.cost / *card.budget;
            d->costBar->setRange(0, 1000);
            d->costBar->setValue(static_cast<int>(std::min(1.0, share) * 1000));
            QPalette bar = d->costBar->palette();
            bar.setColor(QPalette::Highlight, colours.foreground(share > 1 ? HealthStatus::Down
                                                                   : share > 0.9 ? HealthStatus::Degraded
                                                                                 : HealthStatus::Up));
            d->costBar->setPalette(bar);
            d->costBar->setToolTip(tr("%1 % of the budget").arg(locale.toString(share * 100, 'f', 0)));
        }
    } else {
        d->costLabel->setText(tr("No cost configured"));
        d->costBar->setVisible(false);
    }
    if (card.creditPct && *card.creditPct > 0) {
        d->creditLabel->setText(
            u"<b style='color:%1'>%2</b>"_s.arg(
                colours.foreground(HealthStatus::Down).name(),
                (card.creditAmount ? tr("Credit owed: %1 % of the fee (%2)")
                                         .arg(locale.toString(*card.creditPct, 'f', 0),
                                              formatMoney(*card.creditAmount, card.currency, locale))
                                   : tr("Credit owed: %1 % of the fee").arg(locale.toString(*card.creditPct, 'f', 0)))
                    .toHtmlEscaped()));
    } else if (card.slaTargetPct) {
        d->creditLabel->setText(u"<span style='color:%1'>%2</span>"_s.arg(muted, tr("No credit owed").toHtmlEscaped()));
    } else {
        d->creditLabel->setText(
            u"<span style='color:%1'>%2</span>"_s.arg(muted, tr("No availability in the contract").toHtmlEscaped()));
    }
}

void ScorecardsPage::showEscalation(const VendorReview &review)
{
    const QLocale locale = this->locale();
    // Who to call.
    d->escalation->setRowCount(0);
    for (const EscalationStep &step : review.vendor.escalation) {
        const int row = d->escalation->rowCount();
        d->escalation->insertRow(row);
        d->escalation->setItem(row, 0, new QTableWidgetItem(severityText(step.severity)));
        d->escalation->setItem(row, 1, new QTableWidgetItem(step.contact));
        d->escalation->setItem(row, 2, new QTableWidgetItem(step.channel));
        d->escalation->setItem(row, 3,
                               new QTableWidgetItem(step.respondWithin
                                                        ? minutesText(static_cast<double>(step.respondWithin->count()) / minuteMs, locale)
                                                        : QString(u"—"_s)));
    }
    if (review.vendor.escalation.isEmpty()) {
        d->escalation->insertRow(0);
        auto *item = new QTableWidgetItem(tr("No escalation contacts configured"));
        item->setForeground(palette().color(QPalette::PlaceholderText));
        d->escalation->setItem(0, 1, item);
    }
    // As tall as its rows: a matrix has a handful.
    int height = d->escalation->horizontalHeader()->height() + 2 * d->escalation->frameWidth();
    for (int row = 0; row < d->escalation->rowCount(); ++row)
        height += d->escalation->rowHeight(row);
    d->escalation->setFixedHeight(height);
}

void ScorecardsPage::showNote(const VendorReview &review)
{

    // The review's manual part, unless the user is editing it.
    if (!d->noteDirty) {
        d->rating->setCurrentIndex(review.note && review.note->rating ? d->rating->findData(*review.note->rating) : 0);
        d->rating->setItemText(0, review.vendor.supportRating
                                      ? tr("As configured (%1)").arg(*review.vendor.supportRating)
                                      : tr("Not rated"));
        const QSignalBlocker blocker(d->notes);
        d->notes->setPlainText(review.notes());
    }
    updateNoteButtons();
}

void ScorecardsPage::updateNoteButtons()
{
    d->saveNote->setEnabled(d->noteDirty);
    d->revertNote->setEnabled(d->noteDirty);
    const auto found = d->reviews.constFind(d->shownVendor);
    if (d->noteDirty)
        d->noteState->setText(tr("Unsaved changes"));
    else if (found != d->reviews.cend() && found->note && found->note->updatedMs > 0)
        d->noteState->setText(tr("Saved %1 by %2")
                                  .arg(locale().toString(QDateTime::fromMSecsSinceEpoch(found->note->updatedMs, d->zone),
                                                         QLocale::ShortFormat),
                                       found->note->updatedBy));
    else
        d->noteState->clear();
}

void ScorecardsPage::saveNote()
{
    const auto found = d->reviews.constFind(d->shownVendor);
    if (found == d->reviews.cend())
        return;
    ScorecardNote note;
    note.vendor = d->shownVendor;
    note.period = d->period;
    if (const QVariant stars = d->rating->currentData(); stars.isValid())
        note.rating = stars.toInt();
    note.notes = d->notes->toPlainText().trimmed();
    d->noteDirty = false;
    updateNoteButtons();
    Q_EMIT noteEdited(note);
}

QList<VendorReview> ScorecardsPage::shownReviews() const
{
    QList<VendorReview> reviews;
    for (int row = 0; row < d->model->rowCount(); ++row) {
        VendorReview review = d->reviews.value(d->model->scorecard(row).vendor);
        if (review.vendor.id == d->shownVendor && d->noteDirty) {
            if (!review.note)
                review.note = ScorecardNote{review.vendor.id, d->period, std::nullopt, {}, 0, {}};
            review.note->notes = d->notes->toPlainText().trimmed();
        }
        reviews.append(review);
    }
    return reviews;
}

QString ScorecardsPage::fileStem() const
{
    return u"scorecards-"_s + periodStem(d->period, d->zone);
}

QString ScorecardsPage::exportCsv(const QString &path) const
{
    QByteArray text = csvRecord(scorecardCsvHeader());
    for (const VendorReview &review : shownReviews())
        text += csvRecord(scorecardCsvRow(review.scorecard));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString ScorecardsPage::exportPdf(const QString &path, const QString &vendorId) const
{
    ScorecardReport report;
    report.title = tr("Vendor review");
    report.period = d->period;
    report.zone = d->zone;
    report.locale = locale();
    report.generatedAtMs = now();
    for (const VendorReview &review : shownReviews()) {
        if (vendorId.isEmpty() || review.vendor.id == vendorId)
            report.vendors.append(review);
    }
    if (report.vendors.isEmpty())
        return tr("There is no scorecard to export yet.");
    return writeScorecardPdf(report, path);
}

void ScorecardsPage::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scorecards as CSV"), fileStem() + u".csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportCsv(path); !problem.isEmpty())
        showProblem(problem);
    else
        d->summary->setText(tr("Saved %1").arg(path).toHtmlEscaped());
}

void ScorecardsPage::askExportPdf(const QString &vendorId)
{
    const QString suggestion = vendorId.isEmpty() ? fileStem() : fileStem() + u'-' + vendorId;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export scorecards as PDF"), suggestion + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = exportPdf(path, vendorId);
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty())
        showProblem(problem);
    else
        d->summary->setText(tr("Saved %1").arg(path).toHtmlEscaped());
}

} // namespace gw
