// Renders the result panels for saved responses to PNG, to look at them as a person would:
//   result_snapshots [--lang de] [--qa] [--width 480] [--height 760] --out DIR RESPONSE.json...
// Responses come from `dermaview-cli analyze --out` or the fixtures. For each response it
// writes the combined-result panel, each image's panel and the "Show all" dialog, both as the
// dock shows them (WIDTHxHEIGHT) and at the full height of their scrolling content.
#include "common/Localization.h"
#include "model/SavedResponse.h"
#include "result/AllConclusionsDialog.h"
#include "result/DifferentialBars.h"
#include "result/DifferentialSection.h"
#include "result/ImageReviewPanel.h"
#include "result/ResultPanel.h"
#include "review/Review.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QScrollArea>
#include <QTextStream>

namespace {

void save(QWidget *widget, const QString &path)
{
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream(stdout) << path << '\n';
}

/// The panel at the dock's size, then its scrolling content at full height (what scrolling
/// would reveal), so clipping anywhere in the content shows.
void render(QWidget *panel, const QSize &size, const QString &base)
{
    panel->resize(size);
    panel->show();
    QApplication::processEvents();
    save(panel, base + QStringLiteral(".png"));
    if (auto *scroll = panel->findChild<QScrollArea *>()) {
        QWidget *content = scroll->widget();
        const int width = scroll->viewport()->width();
        const int height = content->hasHeightForWidth() ? content->heightForWidth(width)
                                                        : content->sizeHint().height();
        panel->resize(size.width(),
                      panel->height() + qMax(0, height - scroll->viewport()->height()));
        QApplication::processEvents();
        save(panel, base + QStringLiteral("-full.png"));
    }
    panel->hide();
}

/// Selects the second conclusion, so the selected look is in the picture too.
void selectSecond(dv::ui::DifferentialSection *section)
{
    if (!section || section->topBars()->rowCount() < 2)
        return;
    QListView *view = section->topBars()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
}

void renderDialog(dv::ui::DifferentialSection *section, const QString &base)
{
    if (!section || !section->showAllButton())
        return;
    section->showAll();
    QApplication::processEvents();
    save(section->allConclusionsDialog(), base + QStringLiteral("-all.png"));
    section->allConclusionsDialog()->close();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language."),
                                  QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const QCommandLineOption qa(QStringLiteral("qa"), QStringLiteral("QA mode."));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Panel width."),
                                   QStringLiteral("PX"), QStringLiteral("480"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Panel height."),
                                    QStringLiteral("PX"), QStringLiteral("760"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("DIR"), QStringLiteral("."));
    parser.addOptions({lang, qa, width, height, out});
    parser.addPositionalArgument(QStringLiteral("RESPONSE"), QStringLiteral("Saved responses."));
    parser.addHelpOption();
    parser.process(app);
    dv::Localization::install(app, parser.value(lang));

    const QSize size(parser.value(width).toInt(), parser.value(height).toInt());
    QDir().mkpath(parser.value(out));
    const QString suffix = QStringLiteral("-%1-%2%3")
                               .arg(parser.value(lang))
                               .arg(size.width())
                               .arg(parser.isSet(qa) ? QStringLiteral("-qa") : QString());
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const auto parsed = dv::model::readSavedResponse(file.readAll());
        const auto *report =
            parsed.ok() ? std::get_if<dv::model::DiagnosisReport>(&parsed.value().value) : nullptr;
        if (!report)
            qFatal("%s is not a diagnosis-support response", qPrintable(path));
        const dv::review::Review review = dv::review::Reviewer::review(*report, {parser.isSet(qa)});
        const QString base = QDir(parser.value(out)).filePath(QFileInfo(path).baseName());

        dv::ui::ResultPanel panel;
        panel.setReview(review);
        selectSecond(panel.differentialSection());
        render(&panel, size, base + QStringLiteral("-combined") + suffix);
        renderDialog(panel.differentialSection(), base + QStringLiteral("-combined") + suffix);
        for (qsizetype i = 0; i < review.images.size(); ++i) {
            dv::ui::ImageReviewPanel imagePanel;
            imagePanel.setImage(review, i);
            selectSecond(imagePanel.differentialSection());
            const QString imageBase = base + QStringLiteral("-image%1").arg(i + 1) + suffix;
            render(&imagePanel, size, imageBase);
            renderDialog(imagePanel.differentialSection(), imageBase);
        }
    }
    return 0;
}
