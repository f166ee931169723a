#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace dv::sandbox {

/// What the sandbox keeps of each diagnosis-support answer, to serve it again from the report
/// endpoint in the standard, FHIR or PDF form.
struct StoredDiagnosis
{
    struct Conclusion
    {
        QString icd11;
        QString text; ///< English; translated per request
        double probability = 0;
    };
    struct Photo
    {
        QString modality;
        int quality = 0;
        bool valid = false;
        /// The photo as the report links it (photoThumbnail()); empty once the store has
        /// dropped it, or when none could be made.
        QByteArray jpeg;
    };

    QString id;
    QDateTime issued;
    double analysisDuration = 0;
    QVector<Conclusion> conclusions; ///< sorted, whole catalogue
    QVector<Photo> photos;
    double sensitivity = 0, specificity = 0, entropy = 0;
    double hasCondition = 0, malignancy = 0, pigmentedLesion = 0, urgentReferral = 0,
           highPriorityReferral = 0;
};

} // namespace dv::sandbox
