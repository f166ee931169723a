#include "ConnectionDialog.h"

#include "connection/ServerConnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

ConnectionDialog::ConnectionDialog(ServerConnection &connection, QWidget *parent)
    : QDialog(parent), m_connection(connection)
{
    setWindowTitle(tr("Server connection"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Server profiles"));
    m_list->setMinimumWidth(200);
    auto *add = new QPushButton(tr("&New profile"), this);
    auto *remove = new QPushButton(tr("&Delete profile"), this);
    auto *sandbox = new QPushButton(tr("Use the offline &sandbox"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(add);
    left->addWidget(remove);
    left->addWidget(sandbox);

    m_name = new QLineEdit(this);
    m_clinicalUrl = new QLineEdit(this);
    m_clinicalUrl->setPlaceholderText(QStringLiteral("https://"));
    m_helperUrl = new QLineEdit(this);
    m_helperUrl->setPlaceholderText(tr("same as the clinical API"));
    m_reportUrl = new QLineEdit(this);
    m_reportUrl->setPlaceholderText(tr("same as the clinical API"));
    m_username = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_apiToken = new QLineEdit(this);
    m_apiToken->setEchoMode(QLineEdit::Password);
    m_apiToken->setPlaceholderText(tr("for stored reports; kept in the system keychain"));
    m_apiToken->setToolTip(tr("The X-API-TOKEN of the report service. Leave it empty to be "
                              "asked when you first open a stored report."));
    m_allowHttp = new QCheckBox(tr("Allow plain http:// to this server (unencrypted)"), this);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("optional: the clinic's CA certificate (PEM)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Clinical API URL:"), m_clinicalUrl);
    form->addRow(tr("&Helper endpoints URL:"), m_helperUrl);
    form->addRow(tr("&Report endpoint URL:"), m_reportUrl);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&API token:"), m_apiToken);
    form->addRow(QString(), m_allowHttp);
    // A row holding a layout gets no buddy from QFormLayout: without one the label would show
    // "&CA" literally and Alt+C would do nothing.
    auto *caLabel = new QLabel(tr("Trusted &CA:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton(tr("&Test connection"), this);
    auto *save = new QPushButton(tr("Sa&ve profile"), this);
    m_use = new QPushButton(tr("&Use this server"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(save);
    actions->addStretch();
    actions->addWidget(m_use);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    right->addStretch();
    right->addLayout(actions);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(sandbox, &QPushButton::clicked, this, &ConnectionDialog::useSandbox);
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, &ConnectionDialog::useSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::showProfile);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"),
                                                          QString(), tr("PEM (*.pem *.crt)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });

    QSettings settings;
    reloadProfiles(api::ServerProfiles::selected(settings));
    resize(760, 440);
}

void ConnectionDialog::reloadProfiles(const QString &select)
{
    QSettings settings;
    m_profiles = api::ServerProfiles::load(settings);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = m_profiles.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        m_list->addItem(m_profiles.at(i).name);
        if (m_profiles.at(i).name == select)
            row = int(i);
    }
    m_list->setCurrentRow(row);
    showProfile();
}

void ConnectionDialog::showProfile()
{
    const int row = m_list->currentRow();
    const api::ServerProfile profile = row >= 0 ? m_profiles.at(row) : api::ServerProfile();
    m_name->setText(profile.name);
    m_clinicalUrl->setText(profile.clinicalUrl.toString());
    m_helperUrl->setText(profile.helperUrl.toString());
    m_reportUrl->setText(profile.reportUrl.toString());
    m_username->setText(profile.username);
    m_password->clear();
    m_apiToken->clear();
    m_allowHttp->setChecked(profile.allowInsecureHttp);
    m_caFile->setText(profile.caCertificateFile);
    m_status->clear();
}

api::ServerProfile ConnectionDialog::formProfile() const
{
    api::ServerProfile profile;
    profile.name = m_name->text().trimmed();
    profile.clinicalUrl = urlFrom(m_clinicalUrl);
    profile.helperUrl = urlFrom(m_helperUrl);
    profile.reportUrl = urlFrom(m_reportUrl);
    profile.username = m_username->text().trimmed();
    profile.allowInsecureHttp = m_allowHttp->isChecked();
    profile.caCertificateFile = m_caFile->text().trimmed();
    return profile;
}

QString ConnectionDialog::problemWith(const api::ServerProfile &profile) const
{
    if (profile.name.isEmpty())
        return tr("Give the profile a name.");
    const QUrl urls[] = {profile.clinicalUrl, profile.helperUrl, profile.reportUrl};
    for (std::size_t i = 0; i < std::size(urls); ++i) {
        const QUrl &url = urls[i];
        if (url.isEmpty() && i > 0) // helper and report default to the clinical URL
            continue;
        if (!url.isValid() || url.host().isEmpty())
            return tr("\"%1\" is not a complete URL.").arg(url.toString());
        if (auto refused = api::checkTransport(url, profile.allowInsecureHttp))
            return refused->message();
    }
    if (profile.username.isEmpty())
        return tr("Enter the user name.");
    return {};
}

bool ConnectionDialog::saveProfile()
{
    const api::ServerProfile profile = formProfile();
    if (const QString problem = problemWith(profile); !problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    QSettings settings;
    api::ServerProfiles::save(settings, profile);
    // Not in the settings; kept for "Test".
    const QString typed = m_password->text();
    const QString typedToken = m_apiToken->text();
    reloadProfiles(profile.name);
    m_password->setText(typed);
    m_apiToken->setText(typedToken);
    setStatus(tr("Saved the profile %1.").arg(profile.name), false);
    return true;
}

void ConnectionDialog::newProfile()
{
    m_list->setCurrentRow(-1);
    showProfile();
    m_name->setFocus();
}

void ConnectionDialog::deleteProfile()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QSettings settings;
    const QString name = m_profiles.at(row).name;
    api::ServerProfiles::remove(settings, name);
    m_connection.credentialsFor(name).forget(credentials::SecretKind::Password);
    m_connection.credentialsFor(name).forget(credentials::SecretKind::ApiToken);
    reloadProfiles(QString());
    setStatus(tr("Deleted the profile %1, its saved password and API token.").arg(name), false);
}

void ConnectionDialog::testConnection()
{
    const api::ServerProfile profile = formProfile();
    if (const QString problem = problemWith(profile); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    m_probe = std::make_unique<api::ApiClient>(&m_network, profile.apiConfig());
    credentials::SessionCredentials &credentials = m_connection.credentialsFor(profile.name);
    const QString typed = m_password->text();
    const QString typedToken = m_apiToken->text();
    m_probeSource = std::make_unique<credentials::SessionPasswordSource>(credentials);
    if (!typed.isEmpty())
        m_probe->session().setPassword(typed);
    else // the saved password (keychain) or a prompt, as in normal use
        m_probe->session().setPasswordSource(m_probeSource.get());
    m_test->setEnabled(false);
    setStatus(tr("Signing in to %1…").arg(profile.clinicalUrl.toString()), false);

    api::ApiClient *probe = m_probe.get();
    const auto finish = [this, probe, typed, typedToken,
                         &credentials](const std::optional<api::ApiError> &error) {
        if (error) {
            m_test->setEnabled(true);
            setStatus(tr("The connection failed: %1").arg(error->message()), true);
            return;
        }
        if (!typed.isEmpty()) {
            credentials.remember(typed, [this](const credentials::CredentialStatus &status) {
                if (!status.ok())
                    setStatus(m_status->text() + QLatin1Char('\n') + status.error().message(),
                              false);
            });
        }
        probe->deviceInformation(probe, [this, probe, typedToken](const auto &result) {
            m_test->setEnabled(true);
            if (!result.ok()) {
                setStatus(tr("Signed in, but the device information could not be read: %1")
                              .arg(result.error().message()),
                          true);
                return;
            }
            setStatus(tr("Connected. Device: %1 %2 (%3).")
                          .arg(result.value().name, result.value().version,
                               result.value().manufacturerName),
                      false);
            if (!typedToken.isEmpty())
                testApiToken(probe, typedToken);
        });
    };
    m_probe->session().signIn(probe, finish);
}

void ConnectionDialog::testApiToken(api::ApiClient *probe, const QString &token)
{
    m_test->setEnabled(false);
    const QString connected = m_status->text();
    const QString profile = m_name->text().trimmed();
    probe->setApiToken(token);
    probe->report(
        QStringLiteral("dermaview-connection-check"), model::StoredReportFormat::Standard,
        QString(), probe, [this, connected, profile, token](const auto &result) {
            m_test->setEnabled(true);
            using Kind = api::ApiError::Kind;
            const Kind kind = result.ok() ? Kind::NotFound : result.error().kind;
            if (kind == Kind::NotFound || kind == Kind::Validation) {
                m_connection.credentialsFor(profile).rememberApiToken(token);
                setStatus(connected + QLatin1Char('\n') +
                              tr("The report service accepted the API token."),
                          false);
            } else if (kind == Kind::Authentication) {
                setStatus(connected + QLatin1Char('\n') + result.error().message(), true);
            } else {
                setStatus(
                    connected + QLatin1Char('\n') +
                        tr("The API token could not be checked: %1").arg(result.error().message()),
                    true);
            }
        });
}

void ConnectionDialog::useSelected()
{
    if (!saveProfile())
        return;
    m_connection.useProfile(formProfile());
    accept();
}

void ConnectionDialog::useSandbox()
{
    QString error;
    if (!m_connection.useSandbox(&error)) {
        setStatus(error, true);
        return;
    }
    accept();
}

void ConnectionDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
}

} // namespace dv::ui
