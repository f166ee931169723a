#include "api/ApiConfig.h"

#include <QHostAddress>

namespace dv::api {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl endpointUrl(const QUrl &base, const QString &path)
{
    QString relative = path.section(QLatin1Char('?'), 0, 0);
    const QString query = path.section(QLatin1Char('?'), 1);
    if (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    QString joined = base.path();
    if (!joined.endsWith(QLatin1Char('/')))
        joined += QLatin1Char('/');
    QUrl url = base;
    url.setPath(joined + relative);
    url.setQuery(query);
    return url;
}

std::optional<ApiError> checkTransport(const QUrl &url, bool allowInsecureHttp)
{
    ApiError error;
    error.kind = ApiError::Kind::InsecureConnection;
    error.detail = url.host().isEmpty() ? url.toString() : url.host();
    if (!url.isValid() || url.host().isEmpty())
        return error;
    if (url.scheme() == QLatin1String("https"))
        return std::nullopt;
    if (url.scheme() == QLatin1String("http") && (isLoopback(url) || allowInsecureHttp))
        return std::nullopt;
    return error;
}

} // namespace dv::api
