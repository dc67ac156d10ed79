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
#include "voc/vocformat.h"
#include "yolo/ultralyticsformat.h"
#include "yolo/yoloformat.h"

namespace Tessera::FormatRegistry {

const QList<Format *> &all()
{
    static CocoFormat coco;
    static VocFormat voc;
    static YoloFormat yolo;
    static UltralyticsFormat ultralytics;
    static LabelmeFormat labelme;
    static CvatFormat cvat;
    static LabelStudioFormat labelStudio;
    static DoccanoFormat doccano;
    static ConllFormat conll;
    static PreferenceFormat dpo(PreferenceFormat::Layout::Dpo);
    static PreferenceFormat hhRlhf(PreferenceFormat::Layout::HhRlhf);
    static const QList<Format *> formats{&coco,    &voc,  &yolo,        &ultralytics,
                                         &labelme, &cvat, &labelStudio, &doccano,
                                         &conll,   &dpo,  &hhRlhf};
    return formats;
}

Format *find(const QString &shortName)
{
    for (Format *f : all())
        if (f->shortName() == shortName)
            return f;
    return nullptr;
}

} // namespace Tessera::FormatRegistry
