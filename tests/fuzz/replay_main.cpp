// Runs the fuzz target over corpus files or directories: the corpus doubles as a regression
// test in builds without libFuzzer (gcc) and keeps crashes found once from coming back.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString root = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(root).isDir()) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << root;
        }
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << path << '\n';
                return 1;
            }
            const QByteArray bytes = file.readAll();
            // Every prefix of a small input too: truncation is the commonest corruption.
            const qsizetype step = qMax<qsizetype>(1, bytes.size() / 64);
            for (qsizetype length = 0; length <= bytes.size(); length += step) {
                LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                       static_cast<size_t>(length));
                ++inputs;
            }
        }
    }
    out << inputs << " inputs replayed without a crash\n";
    return inputs > 0 ? 0 : 1;
}
