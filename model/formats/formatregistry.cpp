// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "format.h"

#include "coco/cocoformat.h"
#include "conll/conllformat.h"
#include "cvat/cvatformat.h"
#include "doccano/doccanoformat.h"
#include "labelme/labelmeformat.h"
#include "labelstudio/labelstudioformat.h"
#include "preference/preferenceformat.h"
#include "prodigy/prodigyformat.h"
#include "voc/vocformat.h"
#include "yolo/ultralyticsformat.h"
#include "yolo/yoloformat.h"

#include <memory>
#include <vector>

namespace Tessera::FormatRegistry {

namespace {

using Factory = std::function<std::unique_ptr<Format>()>;

template<typename T, typename... Args>
Factory factory(Args... args)
{
    return [args...]() {
        return std::make_unique<T>(args...);
    };
}

// Every format once, in the order the CLI and the dialogs list them.
const QList<Factory> &factories()
{
    static const QList<Factory> list{
            factory<CocoFormat>(),
            factory<VocFormat>(),
            factory<YoloFormat>(),
            factory<UltralyticsFormat>(),
            factory<LabelmeFormat>(),
            factory<CvatFormat>(),
            factory<LabelStudioFormat>(),
            factory<DoccanoFormat>(),
            factory<ProdigyFormat>(),
            factory<ConllFormat>(),
            factory<PreferenceFormat>(PreferenceFormat::Layout::Dpo),
            factory<PreferenceFormat>(PreferenceFormat::Layout::HhRlhf),
    };
    return list;
}

} // namespace

const QList<Format *> &all()
{
    // Owned here for the whole program and destroyed at exit (a leak checker sees no leak).
    static std::vector<std::unique_ptr<Format>> owned;
    static const QList<Format *> formats = []() {
        QList<Format *> list;
        for (const Factory &make : factories()) {
            owned.push_back(make());
            list.append(owned.back().get());
        }
        return list;
    }();
    return formats;
}

Format *find(const QString &shortName)
{
    for (Format *f : all())
        if (f->shortName() == shortName)
            return f;
    return nullptr;
}

std::unique_ptr<Format> make(const QString &shortName)
{
    for (const Factory &factory : factories()) {
        std::unique_ptr<Format> f = factory();
        if (f->shortName() == shortName)
            return f;
    }
    return nullptr;
}

} // namespace Tessera::FormatRegistry
