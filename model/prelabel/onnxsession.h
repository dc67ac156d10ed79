// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace Tessera {

/** A float32 tensor: its shape and its values, row-major. */
struct Tensor
{
    std::vector<int64_t> shape;
    std::vector<float> values;

    size_t count() const;
};

/**
 * One ONNX model run by ONNX Runtime on the CPU. The runtime library is loaded with dlopen the
 * first time a session is made (not at start-up, and not at all for users who never run a
 * model), from $TESSERA_ONNXRUNTIME, the build's onnxruntime/lib, /usr/lib/tessera or the
 * system. Without it, or with a damaged model, load() fails with a message saying which file and
 * how to fetch it. A session may be used from one thread at a time; run() allocates its outputs.
 */
class OnnxSession
{
public:
    OnnxSession();
    ~OnnxSession();
    OnnxSession(const OnnxSession &) = delete;
    OnnxSession &operator=(const OnnxSession &) = delete;

    /** Whether the runtime can be loaded; *error says why not and what to do. */
    static bool runtimeAvailable(QString *error = nullptr);
    /** The runtime library's path and version once loaded (empty before). */
    static QString runtimeDescription();

    /** Loads a model with `threads` intra-op threads (0: as many as cores). */
    bool load(const QString &modelPath, int threads, QString *error);
    bool isLoaded() const;
    /** Frees the model (a later load() makes it again). */
    void unload();
    QString modelPath() const;
    QStringList inputNames() const;
    QStringList outputNames() const;
    /** The declared shape of an input (-1 for dynamic axes). */
    std::vector<int64_t> inputShape(int index) const;

    /**
     * Runs the model on float inputs given in the order of inputNames(); fills outputs in the
     * order of outputNames(). False and *error (naming the model) on any failure.
     */
    bool run(const std::vector<const Tensor *> &inputs, std::vector<Tensor> *outputs,
             QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tessera
