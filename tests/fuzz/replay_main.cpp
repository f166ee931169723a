// Runs the fuzz target over corpus files or directories: the corpus doubles as a regression
// test in builds without libFuzzer (gcc) and keeps crashes found once from coming back.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdint>
#include <vector>

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
                // Each prefix in an allocation of exactly its size, as libFuzzer hands them
                // over: a prefix of `bytes` has the rest of the file behind it, so AddressSanitizer
                // would not see a read past its end.
                const std::vector<uint8_t> input(bytes.cbegin(), bytes.cbegin() + length);
                LLVMFuzzerTestOneInput(input.data(), input.size());
                ++inputs;
            }
        }
    }
    out << inputs << " inputs replayed without a crash\n";
    return inputs > 0 ? 0 : 1;
}
