#include "HistoryPanel.h"

#include "FollowUpView.h"
#include "history/HistoryService.h"
#include "result/ResultStyle.h"
#include "severity/BodySiteBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

const QDate kAnyDate(2000, 1, 1); ///< the date edits' minimum, shown as "Any"

QString scoresText(const history::HistoryRecord &record)
{
    QStringList parts;
    for (const history::HistoryScore &score : record.scores) {
        parts << QStringLiteral("%1 %2").arg(score.code.toUpper(),
                                             score.value ? QLocale().toString(*score.value, 'g', 4)
                                                         : QStringLiteral("—"));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

HistoryPanel::HistoryPanel(history::HistoryService &service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Case history"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search case reference, report id, conclusion, body site…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the history"));
    const auto dateEdit = [this] {
        auto *edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(kAnyDate);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit();
    m_from->setAccessibleName(tr("Issued from"));
    m_to = dateEdit();
    m_to->setAccessibleName(tr("Issued until"));

    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels({tr("Issued"), tr("Case"), tr("Kind"), tr("Body site"),
                                        tr("Top conclusion"), tr("Scores"), tr("Report id")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_status = ResultStyle::textLabel(QString(), this);
    m_reopen = new QPushButton(tr("&Reopen"), this);
    m_reopen->setToolTip(tr("Show the stored response in the window, exactly as received."));
    m_followUpButton = new QPushButton(tr("&Follow-up of this case"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("Until:"), this));
    filters->addWidget(m_to);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_followUpButton);
    actions->addWidget(m_reopen);

    auto *recordsPage = new QWidget(this);
    auto *recordsLayout = new QVBoxLayout(recordsPage);
    recordsLayout->addLayout(filters);
    recordsLayout->addWidget(m_table, 1);
    recordsLayout->addLayout(actions);

    m_followUp = new FollowUpView(service, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(recordsPage, tr("Records"));
    m_tabs->addTab(m_followUp, tr("Follow-up"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ResultStyle::textLabel(
        tr("Results recorded on this computer. Withheld results are not recorded outside QA "
           "mode. Preliminary — AI decision support, not a diagnosis."),
        this));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { reopenRow(row); });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            reopenRow(m_table->currentRow());
    });
    connect(m_followUpButton, &QPushButton::clicked, this, &HistoryPanel::showFollowUp);
    // A record written while the panel is open appears in it.
    connect(&service, &history::HistoryService::recordAdded, m_debounce,
            qOverload<>(&QTimer::start));
    updateButtons();
    resize(1000, 640);
    refresh();
}

QString HistoryPanel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("diagnosis-support"))
        return tr("Analysis");
    if (kind == QLatin1String("severity-assessment"))
        return tr("Severity assessment");
    if (kind.startsWith(QLatin1String("report-")))
        return tr("Stored report");
    return kind;
}

void HistoryPanel::setQaMode(bool enabled)
{
    m_qaMode = enabled;
    m_followUp->setQaMode(enabled);
    showRecords(m_records);
}

void HistoryPanel::setBodySites(const QVector<model::BodySite> &sites, const QString &locale)
{
    m_bodySites = sites;
    m_locale = locale;
    m_followUp->setBodySites(sites, locale);
    showRecords(m_records);
}

void HistoryPanel::refresh()
{
    m_debounce->stop();
    history::HistoryQuery query;
    query.text = m_search->text();
    if (m_from->date() != kAnyDate)
        query.from = m_from->date().startOfDay();
    if (m_to->date() != kAnyDate)
        query.to = m_to->date().addDays(1).startOfDay(); // "until" includes that day
    m_followUp->reloadCases();
    const int request = ++m_searchRequest;
    m_service.search(query, this,
                     [this, request](const std::optional<QVector<history::HistoryRecord>> &found,
                                     const QString &error) {
                         if (request != m_searchRequest)
                             return; // a newer search is on its way
                         showRecords(found.value_or(QVector<history::HistoryRecord>{}));
                         if (!found)
                             m_status->setText(error);
                         emit searched();
                     });
}

void HistoryPanel::showRecords(const QVector<history::HistoryRecord> &records)
{
    m_records = records;
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const history::HistoryRecord record = history::visibleRecord(records.at(row), m_qaMode);
        QString kind = kindLabel(record.kind);
        if (record.qaMode)
            kind += QLatin1Char(' ') + tr("(QA mode)");
        const bool revealed = (record.topConclusion && record.topConclusion->qaRevealed) ||
                              std::any_of(record.scores.begin(), record.scores.end(),
                                          [](const auto &score) { return score.qaRevealed; });
        const QString conclusion =
            record.topConclusion
                ? QStringLiteral("%1 %2 (%3)")
                      .arg(record.topConclusion->code, record.topConclusion->display,
                           ResultStyle::percent(record.topConclusion->probability))
                : QString();
        const QStringList cells{
            QLocale().toString(record.issuedAt.toLocalTime(), QLocale::ShortFormat),
            record.caseReference,
            kind,
            BodySiteBox::siteName(m_bodySites, record.bodySite, m_locale),
            conclusion,
            scoresText(record),
            record.reportId};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (revealed) {
                // Shown only in QA mode: marked like every QA reveal.
                item->setToolTip(tr("Revealed by QA mode — NOT FOR CLINICAL USE"));
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
                item->setForeground(Qt::black);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(records.isEmpty() ? tr("No recorded results match.")
                                        : tr("%n record(s).", nullptr, int(records.size())));
    updateButtons();
}

const history::HistoryRecord *HistoryPanel::selectedRecord() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_records.at(row);
}

void HistoryPanel::updateButtons()
{
    const history::HistoryRecord *record = selectedRecord();
    m_reopen->setEnabled(record != nullptr);
    m_followUpButton->setEnabled(record != nullptr && !record->caseReference.isEmpty());
}

void HistoryPanel::reopenRow(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    const qint64 id = m_records.at(row).id;
    m_service.fetch(
        id, this,
        [this](const std::optional<history::HistoryRecord> &record, const QString &error) {
            if (!record) {
                m_status->setText(error);
                return;
            }
            emit reopenRequested(record->rawJson,
                                 tr("the history record of %1 (%2, case %3)")
                                     .arg(ResultStyle::issuedText(record->issued),
                                          kindLabel(record->kind),
                                          record->caseReference.isEmpty() ? QStringLiteral("—")
                                                                          : record->caseReference));
        });
}

void HistoryPanel::showFollowUp()
{
    if (const history::HistoryRecord *record = selectedRecord()) {
        m_followUp->showCase(record->caseReference);
        m_tabs->setCurrentWidget(m_followUp);
    }
}

} // namespace dv::ui
