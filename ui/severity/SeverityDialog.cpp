#include "SeverityDialog.h"

#include "BodySiteBox.h"
#include "FieldErrorStyle.h"
#include "GlobalSiteGrid.h"
#include "QuestionnaireForm.h"
#include "SeverityResultPane.h"
#include "result/ResultStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace dv::ui {

namespace {

QString kindName(api::SeverityKind kind)
{
    switch (kind) {
    case api::SeverityKind::Manual:
        return SeverityDialog::tr("questionnaire");
    case api::SeverityKind::Local:
        return SeverityDialog::tr("automatic, one photo");
    case api::SeverityKind::Global:
        return SeverityDialog::tr("automatic, one photo per body site");
    }
    return {};
}

/// The person's wording of a pydantic error: "Field required" becomes a sentence; the others
/// are specific enough as the service words them.
QString fieldMessage(const model::FieldError &error)
{
    if (error.type == QLatin1String("missing"))
        return SeverityDialog::tr("Required: please fill this in.");
    return error.message.isEmpty() ? SeverityDialog::tr("The service did not accept this value.")
                                   : error.message;
}

QLabel *fieldErrorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    FieldErrorStyle::styleMessage(label);
    label->hide();
    return label;
}

} // namespace

SeverityDialog::SeverityDialog(api::ApiClient *client, SeverityContext context, QWidget *parent)
    : QDialog(parent), m_client(client), m_context(std::move(context))
{
    if (m_context.locale.isEmpty())
        m_context.locale = QLocale().name();
    setWindowTitle(tr("Severity assessment"));
    buildUi();
    loadCatalogue();
}

SeverityDialog::~SeverityDialog()
{
    if (m_running)
        m_running->cancel();
}

void SeverityDialog::buildUi()
{
    auto *top = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    top->addWidget(splitter, 1);

    // Left: what is sent.
    auto *inputScroll = new QScrollArea(splitter);
    inputScroll->setWidgetResizable(true);
    inputScroll->setFrameShape(QFrame::NoFrame);
    auto *inputs = new QWidget(inputScroll);
    auto *inputLayout = new QVBoxLayout(inputs);
    auto *form = new QFormLayout;
    m_inputForm = form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_scoring = new QComboBox(inputs);
    m_scoring->setObjectName(QStringLiteral("scoringSystem"));
    m_scoring->setPlaceholderText(tr("Loading scoring systems…"));
    m_scoring->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scoring->setMinimumContentsLength(30);
    // The description under the chooser, in the same field: a word-wrapped label as a row of
    // its own makes QFormLayout spread the rows apart.
    auto *scoringField = new QWidget(inputs);
    auto *scoringLayout = new QVBoxLayout(scoringField);
    scoringLayout->setContentsMargins(0, 0, 0, 0);
    scoringLayout->addWidget(m_scoring);
    m_description = ResultStyle::textLabel(QString(), scoringField);
    m_description->setObjectName(QStringLiteral("scoringDescription"));
    scoringLayout->addWidget(m_description);
    auto *scoringLabel = new QLabel(tr("&Scoring system:"), inputs);
    scoringLabel->setBuddy(m_scoring);
    form->addRow(scoringLabel, scoringField);

    m_condition = new QComboBox(inputs);
    m_condition->setObjectName(QStringLiteral("knownCondition"));
    m_condition->setEditable(true);
    m_condition->setInsertPolicy(QComboBox::NoInsert);
    for (const review::RankedConclusion &conclusion : std::as_const(m_context.differential)) {
        const QString text = conclusion.text.isEmpty() ? conclusion.display : conclusion.text;
        if (text.isEmpty() || m_condition->findText(text) >= 0)
            continue;
        m_condition->addItem(text);
        //: Tooltip of a differential entry offered as the known condition.
        m_condition->setItemData(
            m_condition->count() - 1,
            tr("%1, %2 in the current differential")
                .arg(conclusion.code, ResultStyle::percent(conclusion.probability)),
            Qt::ToolTipRole);
    }
    m_condition->setCurrentIndex(-1);
    m_condition->lineEdit()->setPlaceholderText(m_context.differential.isEmpty()
                                                    ? tr("Type the condition, e.g. psoriasis")
                                                    : tr("Pick from the differential or type"));
    m_conditionError = fieldErrorLabel(inputs, QStringLiteral("conditionError"));
    auto *conditionField = new QWidget(inputs);
    auto *conditionLayout = new QVBoxLayout(conditionField);
    conditionLayout->setContentsMargins(0, 0, 0, 0);
    conditionLayout->addWidget(m_condition);
    conditionLayout->addWidget(m_conditionError);
    conditionField->setFocusProxy(m_condition); // the label's Alt+C lands in the field
    form->addRow(tr("Known &condition:"), conditionField);

    m_siteRow = new QWidget(inputs);
    auto *siteLayout = new QVBoxLayout(m_siteRow);
    siteLayout->setContentsMargins(0, 0, 0, 0);
    m_bodySite = new BodySiteBox(m_siteRow);
    m_bodySite->setObjectName(QStringLiteral("bodySite"));
    m_bodySiteError = fieldErrorLabel(m_siteRow, QStringLiteral("bodySiteError"));
    siteLayout->addWidget(m_bodySite, 0, Qt::AlignLeft);
    siteLayout->addWidget(m_bodySiteError);
    m_siteRow->setFocusProxy(m_bodySite);
    form->addRow(tr("&Body site:"), m_siteRow);

    m_photoRow = new QWidget(inputs);
    auto *photoLayout = new QVBoxLayout(m_photoRow);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    m_photoLabel = new QLabel(m_photoRow);
    m_photoLabel->setObjectName(QStringLiteral("casePhoto"));
    m_photoLabel->setWordWrap(true);
    if (m_context.photo) {
        const CasePhoto &photo = *m_context.photo;
        const QImage &thumbnail = photo.thumbnail.isNull() ? photo.image : photo.thumbnail;
        const int side = fontMetrics().height() * 5;
        // Fast when there is no thumbnail: the full photo is never smooth-scaled here.
        m_photoLabel->setPixmap(QPixmap::fromImage(thumbnail.scaled(
            side * 4 / 3, side, Qt::KeepAspectRatio,
            photo.thumbnail.isNull() ? Qt::FastTransformation : Qt::SmoothTransformation)));
        m_photoLabel->setToolTip(photo.label());
    } else {
        m_photoLabel->setText(
            tr("The case has no photo. Add one in the main window to assess it automatically."));
    }
    m_photoError = fieldErrorLabel(m_photoRow, QStringLiteral("photoError"));
    photoLayout->addWidget(m_photoLabel, 0, Qt::AlignLeft);
    photoLayout->addWidget(m_photoError);
    form->addRow(tr("Photo:"), m_photoRow);
    inputLayout->addLayout(form);

    m_formHeading = ResultStyle::heading(tr("Items"), inputs, 1.0);
    inputLayout->addWidget(m_formHeading);
    m_form = new QuestionnaireForm(inputs);
    m_form->setObjectName(QStringLiteral("questionnaireForm"));
    inputLayout->addWidget(m_form);

    m_globalBox = new QWidget(inputs);
    auto *globalLayout = new QVBoxLayout(m_globalBox);
    globalLayout->setContentsMargins(0, 0, 0, 0);
    globalLayout->addWidget(ResultStyle::heading(tr("Photos by body site"), m_globalBox, 1.0));
    m_globalNote = ResultStyle::textLabel(QString(), m_globalBox);
    m_globalNote->setObjectName(QStringLiteral("globalNote"));
    globalLayout->addWidget(m_globalNote);
    m_sites = new GlobalSiteGrid(m_globalBox);
    m_sites->setObjectName(QStringLiteral("siteGrid"));
    globalLayout->addWidget(m_sites);
    inputLayout->addWidget(m_globalBox);
    inputLayout->addStretch(1);
    inputScroll->setWidget(inputs);

    // Right: what came back.
    m_result = new SeverityResultPane(splitter);
    m_result->setObjectName(QStringLiteral("severityResult"));
    splitter->addWidget(inputScroll);
    splitter->addWidget(m_result);
    // The answer needs the room (bands, items table, the photo with its masks).
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    splitter->setChildrenCollapsible(false);

    // Bottom: messages, progress, actions.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("generalError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    FieldErrorStyle::styleMessage(m_error);
    m_error->hide();
    top->addWidget(m_error);

    auto *bar = new QHBoxLayout;
    m_retryCatalogue = new QPushButton(tr("Try again"), this);
    m_retryCatalogue->setObjectName(QStringLiteral("retryCatalogue"));
    m_retryCatalogue->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel upload"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->hide();
    m_assess = new QPushButton(tr("&Assess"), this);
    m_assess->setObjectName(QStringLiteral("assess"));
    m_assess->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    bar->addWidget(m_retryCatalogue);
    bar->addWidget(m_progress, 1);
    bar->addStretch(0);
    bar->addWidget(m_cancel);
    bar->addWidget(m_assess);
    bar->addWidget(close);
    top->addLayout(bar);

    connect(m_scoring, &QComboBox::currentIndexChanged, this, &SeverityDialog::scoringChanged);
    connect(m_bodySite, &QComboBox::currentIndexChanged, this, [this] {
        setFieldMessage(m_bodySiteError, m_bodySite, QString());
        updateButtons();
    });
    connect(m_condition, &QComboBox::currentTextChanged, this,
            [this] { setFieldMessage(m_conditionError, m_condition, QString()); });
    connect(m_sites, &GlobalSiteGrid::photosChanged, this, &SeverityDialog::updateButtons);
    connect(m_retryCatalogue, &QPushButton::clicked, this, &SeverityDialog::loadCatalogue);
    connect(m_cancel, &QPushButton::clicked, this, &SeverityDialog::cancel);
    connect(m_assess, &QPushButton::clicked, this, &SeverityDialog::assess);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    scoringChanged();
}

void SeverityDialog::loadCatalogue()
{
    if (!m_client)
        return;
    m_retryCatalogue->hide();
    m_catalogueError.clear();
    setGeneralError(QString());
    m_pendingQuestionnaires.reset();
    m_pendingSites.reset();
    const auto failed = [this](const api::ApiError &error) {
        if (m_catalogueError.isEmpty()) {
            m_catalogueError =
                tr("The scoring systems could not be fetched: %1").arg(error.message());
            setGeneralError(m_catalogueError);
            m_retryCatalogue->show();
            emit catalogueFinished();
        }
    };
    m_client->questionnaires(
        QString(), QString(), this,
        [this, failed](const api::ApiResult<QVector<model::Questionnaire>> &result) {
            if (!result.ok())
                return failed(result.error());
            m_pendingQuestionnaires = result.value();
            catalogueArrived();
        });
    m_client->bodySites(this,
                        [this, failed](const api::ApiResult<QVector<model::BodySite>> &result) {
                            if (!result.ok())
                                return failed(result.error());
                            m_pendingSites = result.value();
                            catalogueArrived();
                        });
}

void SeverityDialog::catalogueArrived()
{
    if (!m_pendingQuestionnaires || !m_pendingSites || !m_catalogueError.isEmpty())
        return;
    m_bodySites = *m_pendingSites;
    m_questionnaires.clear();
    // Only systems whose endpoint we know how to call; manual first, then local, then global,
    // each by title.
    for (const model::Questionnaire &questionnaire : std::as_const(*m_pendingQuestionnaires)) {
        if (api::severityKindOfPath(questionnaire.path))
            m_questionnaires.append(questionnaire);
    }
    const QString locale = m_context.locale;
    std::stable_sort(m_questionnaires.begin(), m_questionnaires.end(),
                     [&locale](const model::Questionnaire &a, const model::Questionnaire &b) {
                         const auto ka = *api::severityKindOfPath(a.path);
                         const auto kb = *api::severityKindOfPath(b.path);
                         if (ka != kb)
                             return ka < kb;
                         return model::localized(a.title, locale)
                                    .localeAwareCompare(model::localized(b.title, locale)) < 0;
                     });
    const QString previous = currentScoringCode();
    {
        const QSignalBlocker blocker(m_scoring);
        m_scoring->clear();
        for (const model::Questionnaire &questionnaire : std::as_const(m_questionnaires)) {
            QString title = model::localized(questionnaire.title, locale);
            if (title.isEmpty())
                title = questionnaire.code;
            //: A scoring system in the chooser: "Dermatology Life Quality Index — questionnaire".
            m_scoring->addItem(
                tr("%1 — %2").arg(title, kindName(*api::severityKindOfPath(questionnaire.path))),
                questionnaire.code);
        }
        m_scoring->setPlaceholderText(tr("Choose a scoring system"));
        m_scoring->setCurrentIndex(m_scoring->findData(previous));
    }
    m_ready = true;
    scoringChanged();
    emit catalogueFinished();
}

QStringList SeverityDialog::scoringCodes() const
{
    QStringList codes;
    for (const model::Questionnaire &questionnaire : m_questionnaires)
        codes << questionnaire.code;
    return codes;
}

bool SeverityDialog::selectScoringSystem(const QString &code)
{
    const int index = m_scoring->findData(code);
    if (index < 0)
        return false;
    m_scoring->setCurrentIndex(index);
    return true;
}

QString SeverityDialog::currentScoringCode() const
{
    return m_scoring->currentIndex() < 0 ? QString() : m_scoring->currentData().toString();
}

const model::Questionnaire *SeverityDialog::currentQuestionnaire() const
{
    const QString code = currentScoringCode();
    for (const model::Questionnaire &questionnaire : m_questionnaires) {
        if (questionnaire.code == code)
            return &questionnaire;
    }
    return nullptr;
}

std::optional<api::SeverityKind> SeverityDialog::currentKind() const
{
    const model::Questionnaire *questionnaire = currentQuestionnaire();
    return questionnaire ? api::severityKindOfPath(questionnaire->path) : std::nullopt;
}

void SeverityDialog::scoringChanged()
{
    clearErrors();
    const model::Questionnaire *questionnaire = currentQuestionnaire();
    const std::optional<api::SeverityKind> kind = currentKind();
    m_description->setText(
        questionnaire ? model::localized(questionnaire->description, m_context.locale) : QString());
    const bool global = kind == api::SeverityKind::Global;
    // The photo grid needs the room for a global assessment; the answer does otherwise.
    const int total = qMax(1, m_splitter->width());
    m_splitter->setSizes(global ? QList<int>{total * 3 / 5, total * 2 / 5}
                                : QList<int>{total * 2 / 5, total * 3 / 5});
    // Whole rows (label and field) come and go with the kind.
    m_inputForm->setRowVisible(m_siteRow, kind && !global);
    m_inputForm->setRowVisible(m_photoRow, kind == api::SeverityKind::Local);
    m_description->setVisible(!m_description->text().isEmpty());
    m_globalBox->setVisible(global);
    m_formHeading->setVisible(questionnaire && !questionnaire->items.isEmpty());
    m_form->setVisible(questionnaire && (!global || !questionnaire->items.isEmpty()));
    if (questionnaire) {
        // A different system asks different items: the form is regenerated (same system:
        // kept, so a re-selection loses nothing).
        if (m_form->questionnaire().code != questionnaire->code)
            m_form->setQuestionnaire(*questionnaire, m_context.locale);
        m_bodySite->setSites(m_bodySites, questionnaire->bodySites, m_context.locale);
        if (global) {
            const bool published = !questionnaire->bodySites.isEmpty();
            QStringList sites = questionnaire->bodySites;
            if (!published) {
                for (const model::BodySite &site : std::as_const(m_bodySites))
                    sites << site.code;
            }
            m_sites->setSites(sites, m_bodySites, m_context.locale);
            m_globalNote->setText(
                published ? tr("Drop one photo on each body site (or use Choose…). Sites "
                               "without a photo are left out.")
                          : tr("The service does not say which body sites this scoring system "
                               "needs: every catalogue site is offered. Sites without a photo "
                               "are left out."));
        }
    }
    updateButtons();
}

void SeverityDialog::updateButtons()
{
    const std::optional<api::SeverityKind> kind = currentKind();
    bool ready = m_ready && kind && !isRunning() && m_client;
    if (kind == api::SeverityKind::Local)
        ready = ready && m_context.photo.has_value();
    if (kind == api::SeverityKind::Global)
        ready = ready && m_sites->loadingCount() == 0 && !m_sites->uploads().isEmpty();
    m_assess->setEnabled(ready);
    m_scoring->setEnabled(!isRunning());
}

void SeverityDialog::assess()
{
    const std::optional<api::SeverityKind> kind = currentKind();
    if (!m_client || !kind || isRunning())
        return;
    clearErrors();
    api::SeverityRequest request;
    request.scoringCode = currentScoringCode();
    request.bodySite = m_bodySite->currentCode();
    request.conditionText = m_condition->currentText();
    request.answers = m_form->answers();
    const QJsonObject body = request.toJson(*kind);
    m_sentUploads.clear();
    m_sentBodySite = request.bodySite;

    QImage photo;
    const auto done = [this, endpoint = *kind](const api::ApiResult<model::SeverityReport> &result,
                                               const QImage &uploaded) {
        finished(result, endpoint, uploaded);
    };
    switch (*kind) {
    case api::SeverityKind::Manual:
        m_running = m_client->severityManual(
            body, this, [done](const auto &result) { done(result, QImage()); });
        break;
    case api::SeverityKind::Local: {
        if (!m_context.photo)
            return;
        api::ImageUpload upload;
        upload.bytes = m_context.photo->uploadBytes;
        upload.contentType = m_context.photo->contentType;
        upload.title = m_context.photo->label();
        // The display copy (≤ 2048 px) is what the masks are drawn on; the boxes keep the
        // uploaded image's frame (finished()).
        photo = m_context.photo->screen.isNull() ? m_context.photo->image : m_context.photo->screen;
        m_sentUploads = {upload};
        m_running = m_client->severityLocal(
            body, upload, this, [done, photo](const auto &result) { done(result, photo); });
        break;
    }
    case api::SeverityKind::Global:
        m_sentUploads = m_sites->uploads().values().toVector();
        m_running =
            m_client->severityGlobal(body, request.scoringCode, m_sites->uploads(), this,
                                     [done](const auto &result) { done(result, QImage()); });
        break;
    }
    if (!m_running)
        return;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Sending…"));
    m_progress->setTextVisible(true);
    m_progress->show();
    m_cancel->show();
    connect(m_running, &api::HttpExchange::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total <= 0)
            return;
        if (sent >= total) {
            // Everything is uploaded: the service is computing.
            m_progress->setRange(0, 0);
            m_progress->setFormat(tr("Waiting for the service…"));
            return;
        }
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(sent * 1000 / total));
        m_progress->setFormat(tr("Uploading… %p%"));
    });
    updateButtons();
}

void SeverityDialog::cancel()
{
    if (m_running)
        m_running->cancel();
}

void SeverityDialog::finished(const api::ApiResult<model::SeverityReport> &result,
                              api::SeverityKind kind, const QImage &photo)
{
    m_running.clear();
    m_progress->hide();
    m_cancel->hide();
    updateButtons();
    if (!result.ok()) {
        showFailure(result.error());
        emit assessmentFinished(false);
        return;
    }
    m_answer = Answer{result.value(), kind, photo};
    showAnswer();
    emit assessed(result.value(), result.rawBody());
    emit assessmentFinished(true);
}

void SeverityDialog::showAnswer()
{
    if (!m_answer)
        return;
    review::ReviewOptions options;
    options.qaMode = m_context.qaMode;
    for (const model::BodySite &site : std::as_const(m_bodySites)) {
        const QString name = model::localized(site.name, m_context.locale);
        if (!name.isEmpty())
            options.bodySiteNames.insert(site.code, name);
    }
    m_review = review::Reviewer::review(m_answer->report, options);
    const QSize uploadedSize = m_context.photo ? m_context.photo->image.size() : QSize();
    m_result->showResult(*m_review, m_answer->report, m_answer->kind, m_answer->photo,
                         uploadedSize);
    if (m_answer->kind == api::SeverityKind::Global)
        m_sites->setResults(*m_review);
}

void SeverityDialog::setQaMode(bool enabled)
{
    if (m_context.qaMode == enabled)
        return;
    m_context.qaMode = enabled;
    showAnswer();
}

void SeverityDialog::showFailure(const api::ApiError &error)
{
    if (error.kind == api::ApiError::Kind::Cancelled) {
        setGeneralError(tr("Cancelled. Nothing was lost: press Assess to send it again."));
        return;
    }
    if (error.kind != api::ApiError::Kind::Validation) {
        setGeneralError(error.message());
        return;
    }
    QStringList unplaced;
    int placed = 0;
    const QString code = currentScoringCode();
    for (const model::FieldError &field : error.fields) {
        const api::SeverityFieldTarget target = api::locateSeverityFieldError(field, code);
        const QString message = fieldMessage(field);
        bool shown = false;
        switch (target.field) {
        case api::SeverityFieldTarget::Field::BodySite:
            shown = !m_siteRow->isHidden();
            if (shown)
                setFieldMessage(m_bodySiteError, m_bodySite, message);
            break;
        case api::SeverityFieldTarget::Field::Condition:
            setFieldMessage(m_conditionError, m_condition, message);
            shown = true;
            break;
        case api::SeverityFieldTarget::Field::Photo:
            shown = !m_photoRow->isHidden();
            if (shown)
                setFieldMessage(m_photoError, m_photoLabel, message);
            break;
        case api::SeverityFieldTarget::Field::Item:
            shown = m_form->setFieldError(target.key, message);
            break;
        case api::SeverityFieldTarget::Field::Site:
            shown = m_sites->setFieldError(target.key, message);
            break;
        case api::SeverityFieldTarget::Field::Other:
            break;
        }
        if (shown)
            ++placed;
        else
            //: A rejected field the form has no place for: "scoringSystem.x: message".
            unplaced << tr("%1: %2").arg(field.fieldPath(), field.message);
    }
    QString text = placed > 0 ? tr("The service did not accept %n value(s); see the marked "
                                   "field(s). Your entries are kept.",
                                   nullptr, placed)
                              : tr("The service did not accept the request.");
    if (!unplaced.isEmpty())
        text += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    if (error.fields.isEmpty() && !error.detail.isEmpty())
        text += QLatin1Char('\n') + error.detail;
    setGeneralError(text);
}

void SeverityDialog::clearErrors()
{
    setGeneralError(QString());
    setFieldMessage(m_bodySiteError, m_bodySite, QString());
    setFieldMessage(m_conditionError, m_condition, QString());
    setFieldMessage(m_photoError, m_photoLabel, QString());
    m_form->clearFieldErrors();
    m_sites->clearFieldErrors();
}

void SeverityDialog::setGeneralError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SeverityDialog::setFieldMessage(QLabel *label, QWidget *input, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    FieldErrorStyle::mark(input, !message.isEmpty());
}

QString SeverityDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SeverityDialog::bodySiteError() const
{
    return m_bodySiteError->isHidden() ? QString() : m_bodySiteError->text();
}

QString SeverityDialog::conditionError() const
{
    return m_conditionError->isHidden() ? QString() : m_conditionError->text();
}

QString SeverityDialog::photoError() const
{
    return m_photoError->isHidden() ? QString() : m_photoError->text();
}

} // namespace dv::ui
