#pragma once

#include "sandbox/reports/ReportStore.h"
#include "sandbox/server/FaultInjector.h"
#include "sandbox/server/HttpSupport.h"
#include "sandbox/server/ReplayStore.h"
#include "sandbox/server/SandboxConfig.h"
#include "sandbox/server/TokenStore.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <functional>
#include <memory>

namespace dv::sandbox {

class SandboxTcpServer;

/// The offline reference server: the documented API on 127.0.0.1 only, answered from the
/// image itself. Used by the app as its default backend, by `dermaview-sandbox`, and by every
/// API test as the other end of a real loopback HTTP connection.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:`port` (0 picks a free port). Never on another interface.
    bool listen(quint16 port = 0);
    QString errorString() const { return m_error; }
    QUrl url() const;
    const SandboxConfig &config() const { return m_config; }
    FaultInjector &faults() { return m_faults; }
    TokenStore &tokens() { return m_tokens; }
    ReportStore &reports() { return m_reports; }
    /// The signed link the report endpoint's `?format=pdf` redirects to.
    QUrl pdfUrl(const QString &id, const QString &locale) const;
    /// The signed link to photo `index` (0-based, as the report's observations) of a stored
    /// report: `/_sandbox/report-media/<id>/<index>?key=...` on url().
    QUrl mediaUrl(const QString &id, int index) const;

    enum class Access
    {
        Public,   ///< helper endpoints, login
        Bearer,   ///< clinical endpoints: `Authorization: Bearer <token from /login>`
        ApiToken, ///< report endpoint: `X-API-TOKEN`
    };
    enum class Cost
    {
        Light, ///< answered on the server thread
        Heavy, ///< image work: run on the worker pool so other clients are not stalled
    };
    using Handler = std::function<QHttpServerResponse(const RequestData &)>;

    /// Registers `handler` for `path` and `method` behind the access check, request counting
    /// and fault injection every endpoint shares.
    void addEndpoint(const QString &path, QHttpServerRequest::Method method, Access access,
                     Cost cost, Handler handler);

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                  const QString &endpoint, Access access, Cost cost, const Handler &handler);
    std::optional<QHttpServerResponse> injectedFault(const QString &endpoint, int &latencyMs);
    bool authorized(const RequestData &request, Access access) const;
    void registerCoreRoutes();
    void registerControlRoutes();
    void registerReportRoutes();
    void registerDiagnosisRoutes();
    void registerSeverityRoutes();
    QHttpServerResponse reportResponse(const QString &id, const RequestData &request);
    QString pdfKey(const QString &id) const;
    QString mediaKey(const QString &id, const QString &index) const;

    SandboxConfig m_config;
    FaultInjector m_faults;
    TokenStore m_tokens;
    ReportStore m_reports;
    ReplayStore m_replay;
    QHttpServer m_http;
    SandboxTcpServer *m_tcp = nullptr;
    /// Image analysis and injected latency run here, never on the server thread.
    QThreadPool m_pool;
    QString m_error;
};

} // namespace dv::sandbox
