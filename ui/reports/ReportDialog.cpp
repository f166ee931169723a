#include "ReportDialog.h"

#include "ReportFiles.h"
#include "ReportMedia.h"
#include "StoredReportView.h"
#include "backend/Backend.h"
#include "common/WorkerPool.h"
#include "connection/ServerConnection.h"
#include "result/ResultStyle.h"
#include "result/ToneLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dv::ui {

namespace {

// Identifiers are opaque (the vendor's are encrypted): anything URL-safe, base64 included.
const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._~+=:-]{1,512}$"));

QString formatName(model::StoredReportFormat format)
{
    return format == model::StoredReportFormat::Fhir ? ReportDialog::tr("FHIR")
                                                     : ReportDialog::tr("standard");
}

} // namespace

ReportDialog::ReportDialog(Backend *backend, ServerConnection *connection, bool qaMode,
                           QWidget *parent)
    : QDialog(parent), m_backend(backend), m_connection(connection), m_qaMode(qaMode)
{
    updateTitle();
    setObjectName(QStringLiteral("reportDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(requestBar());
    m_error = new ToneLabel(review::Band::Tone::Danger, QString(), this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    m_view = new StoredReportView(this);
    // The photos and maps the report links to come through the window's client, which sends
    // no credential with them.
    m_view->setMediaLoader(ReportMedia::through(m_backend));
    layout->addWidget(m_view, 1);
    layout->addWidget(actionBar());
    updateActions();
    resize(1200, 760);
}

ReportDialog::~ReportDialog()
{
    if (m_request)
        m_request->cancel();
}

QWidget *ReportDialog::requestBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_id = new QLineEdit(bar);
    m_id->setObjectName(QStringLiteral("reportId"));
    m_id->setPlaceholderText(tr("Report identifier"));
    m_id->setValidator(new QRegularExpressionValidator(idPattern, m_id));
    m_id->setClearButtonEnabled(true);
    m_id->setMinimumWidth(fontMetrics().averageCharWidth() * 38);
    auto *idLabel = new QLabel(tr("&Report:"), bar);
    idLabel->setBuddy(m_id);

    m_format = new QComboBox(bar);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("Standard"), int(model::StoredReportFormat::Standard));
    m_format->addItem(tr("FHIR"), int(model::StoredReportFormat::Fhir));
    auto *formatLabel = new QLabel(tr("&Format:"), bar);
    formatLabel->setBuddy(m_format);

    m_locale = new QComboBox(bar);
    m_locale->setObjectName(QStringLiteral("reportLocale"));
    // Language names in their own language, as in the settings menu.
    m_locale->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_locale->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_locale->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_locale->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_locale->setCurrentIndex(m_locale->findData(defaultLocale()));
    auto *localeLabel = new QLabel(tr("&Language:"), bar);
    localeLabel->setBuddy(m_locale);

    m_fetch = new QPushButton(tr("F&etch"), bar);
    m_fetch->setObjectName(QStringLiteral("fetchReport"));
    m_fetch->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelFetch"));
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 0); // the endpoint reports no progress of its own: busy indicator
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_openFile = new QPushButton(tr("Open &file…"), bar);
    m_openFile->setObjectName(QStringLiteral("openReportFile"));

    row->addWidget(idLabel);
    row->addWidget(m_id, 1);
    row->addWidget(formatLabel);
    row->addWidget(m_format);
    row->addWidget(localeLabel);
    row->addWidget(m_locale);
    row->addWidget(m_fetch);
    row->addWidget(m_cancel);
    row->addWidget(m_progress);
    row->addWidget(m_status);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(m_openFile);

    connect(m_id, &QLineEdit::textChanged, this, [this] { updateActions(); });
    connect(m_id, &QLineEdit::returnPressed, this, &ReportDialog::fetch);
    connect(m_fetch, &QPushButton::clicked, this, &ReportDialog::fetch);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(m_openFile, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    return bar;
}

QWidget *ReportDialog::actionBar()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Download &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("downloadPdf"));
    m_saveJson = buttons->addButton(tr("Save &JSON…"), QDialogButtonBox::ActionRole);
    m_saveJson->setObjectName(QStringLiteral("saveReportJson"));
    // Enter in the id field fetches; it must not close the dialog.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, &ReportDialog::choosePdfFile);
    connect(m_saveJson, &QPushButton::clicked, this, &ReportDialog::chooseJsonFile);
    return buttons;
}

QString ReportDialog::defaultLocale()
{
    switch (QLocale().language()) {
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::German:
        return QStringLiteral("de");
    default:
        return QStringLiteral("en");
    }
}

bool ReportDialog::isPlausibleId(const QString &id)
{
    return idPattern.match(id).hasMatch();
}

QString ReportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

void ReportDialog::updateActions()
{
    const bool busy = isBusy() || m_readingFile;
    m_fetch->setEnabled(!busy && isPlausibleId(m_id->text()));
    m_cancel->setEnabled(!m_request.isNull());
    m_openFile->setEnabled(!busy);
    m_progress->setVisible(busy);
    const bool shown = m_view->hasReport();
    m_pdf->setEnabled(!busy && shown && !m_report.id.isEmpty());
    m_saveJson->setEnabled(!busy && shown && !m_rawJson.isEmpty());
}

void ReportDialog::setBusy(const QString &what, api::HttpExchange *request)
{
    m_request = request;
    // A request cancelled while its answer is parsed ends without a callback: its end is
    // when the exchange goes away.
    connect(request, &QObject::destroyed, this, [this] {
        m_request.clear();
        updateActions();
    });
    m_status->setText(what);
    m_error->hide();
    updateActions();
}

bool ReportDialog::finishRequest(const api::ApiError *error)
{
    m_request.clear();
    updateActions();
    noteTokenVerdict(error);
    if (!error)
        return true;
    if (error->kind == api::ApiError::Kind::Cancelled)
        m_status->setText(tr("Cancelled."));
    else
        showError(error->message());
    return false;
}

void ReportDialog::showError(const QString &message)
{
    m_status->clear();
    // A report on screen stays: say which, so it is not taken for the one that failed.
    m_error->setText(m_view->hasReport() && !m_report.id.isEmpty()
                         ? tr("%1\nStill shown: report %2.").arg(message, m_report.id)
                         : message);
    m_error->show();
    updateActions();
    emit failed(message);
}

void ReportDialog::showReport(const model::StoredReport &report, const QByteArray &rawJson,
                              const QString &origin)
{
    m_report = report;
    m_rawJson = rawJson;
    m_view->setReport(report, m_qaMode);
    m_error->hide();
    m_status->setText(origin);
    updateActions();
    emit reportShown();
}

void ReportDialog::fetch()
{
    const QString id = m_id->text().trimmed();
    if (isBusy() || m_readingFile || !isPlausibleId(id) || !m_backend->client())
        return;
    const auto format = model::StoredReportFormat(m_format->currentData().toInt());
    const QString locale = m_locale->currentData().toString();
    whenTokenReady([this, id, format, locale] {
        // English is the endpoint's default: no locale parameter, as the vendor documents it.
        const QString localeParameter = locale == QLatin1String("en") ? QString() : locale;
        api::HttpExchange *request = m_backend->client()->report(
            id, format, localeParameter, this,
            [this, format, locale](const api::ApiResult<model::StoredReport> &result) {
                if (!finishRequest(result.ok() ? nullptr : &result.error()))
                    return;
                showReport(result.value(), result.rawBody(),
                           tr("Fetched (%1, %2).").arg(formatName(format), locale));
            });
        setBusy(tr("Fetching…"), request);
    });
}

void ReportDialog::whenTokenReady(std::function<void()> send)
{
    if (!m_connection) {
        send();
        return;
    }
    m_waitingForToken = true;
    m_status->setText(tr("Reading the API token…"));
    m_error->hide();
    updateActions();
    m_connection->prepareApiToken(this, [this, send = std::move(send)](bool ready) {
        m_waitingForToken = false;
        updateActions();
        if (!ready) {
            m_status->setText(tr("Not requested: the report service needs an API token."));
            return;
        }
        if (m_backend->client())
            send();
    });
}

void ReportDialog::noteTokenVerdict(const api::ApiError *error)
{
    if (!m_connection)
        return;
    if (!error)
        m_connection->apiTokenAnswered(true);
    else if (error->kind == api::ApiError::Kind::Authentication &&
             error->credential == api::ApiError::Credential::ApiToken)
        m_connection->apiTokenAnswered(false);
    // Any other error says nothing about the token.
}

void ReportDialog::cancel()
{
    if (!m_request)
        return;
    m_request->cancel();
    m_status->setText(tr("Cancelled."));
}

void ReportDialog::openFile(const QString &path)
{
    if (isBusy() || m_readingFile)
        return;
    m_readingFile = true;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_error->hide();
    updateActions();
    auto *watcher = new QFutureWatcher<std::variant<ReportFile, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_readingFile = false;
        const auto outcome = watcher->result();
        if (const auto *error = std::get_if<QString>(&outcome)) {
            showError(*error);
            return;
        }
        const ReportFile &file = std::get<ReportFile>(outcome);
        showReport(
            file.report, file.rawJson,
            tr("Opened %1 (%2).").arg(QFileInfo(path).fileName(), formatName(file.report.format)));
    });
    watcher->setFuture(QtConcurrent::run(dv::workerPool(), &ReportFiles::read, path));
}

void ReportDialog::downloadPdf(const QString &path)
{
    if (isBusy() || m_readingFile || m_report.id.isEmpty() || !m_backend->client())
        return;
    const QString locale = m_locale->currentData().toString();
    whenTokenReady([this, path, locale] {
        api::HttpExchange *request = m_backend->client()->reportPdf(
            m_report.id, locale == QLatin1String("en") ? QString() : locale, this,
            [this, path](const api::ApiResult<QByteArray> &result) {
                if (!finishRequest(result.ok() ? nullptr : &result.error()))
                    return;
                const QString error = ReportFiles::writePdf(path, result.value());
                if (!error.isEmpty()) {
                    showError(error);
                    return;
                }
                m_status->setText(tr("Saved %1.").arg(QFileInfo(path).fileName()));
                emit pdfSaved(path);
            });
        setBusy(tr("Downloading the PDF…"), request);
    });
}

void ReportDialog::setQaMode(bool enabled)
{
    if (m_qaMode == enabled)
        return;
    m_qaMode = enabled;
    updateTitle();
    if (m_view->hasReport())
        m_view->setReport(m_report, m_qaMode);
}

void ReportDialog::updateTitle()
{
    setWindowTitle(m_qaMode ? tr("Stored report — QA mode, not for clinical use")
                            : tr("Stored report"));
}

bool ReportDialog::saveJson(const QString &path)
{
    const QString error = ReportFiles::writeJson(path, m_rawJson);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void ReportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a saved report"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ReportDialog::choosePdfFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report's PDF"), QStringLiteral("report-%1.pdf").arg(m_report.id),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        downloadPdf(path);
}

void ReportDialog::chooseJsonFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report's JSON"),
        QStringLiteral("report-%1.json").arg(m_report.id.isEmpty() ? tr("saved") : m_report.id),
        tr("JSON files (*.json)"));
    if (!path.isEmpty())
        saveJson(path);
}

} // namespace dv::ui
