<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message>
        <source>Delete %1 Annotation</source>
        <translation>Supprimer l’annotation %1</translation>
    </message>
    <message>
        <source>Change Article Status</source>
        <translation>Changer l’état de l’article</translation>
    </message>
</context>
<context>
    <name>AnnotationCsvExporter</name>
    <message>
        <source>article %1, %2 %3: a cell of %4 characters is longer than Excel&apos;s limit of %5 and will be cut there by Excel</source>
        <translation>article %1, %2 %3 : une cellule de %4 caractères dépasse la limite d’Excel (%5) et Excel la coupera</translation>
    </message>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation>impossible d’écrire le CSV (%1)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for usage.
</source>
        <translation>%1 : %2
Lancez « %1 --help » pour l’aide.
</translation>
    </message>
    <message>
        <source>%1 %2: %3
Run &apos;%1 %2 --help&apos; for usage.
</source>
        <translation>%1 %2 : %3
Lancez « %1 %2 --help » pour l’aide.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Usage : %1 %2 %3</translation>
    </message>
    <message>
        <source>missing arguments (expected: %1)</source>
        <translation>arguments manquants (attendu : %1)</translation>
    </message>
    <message>
        <source>too many arguments (expected: %1)</source>
        <translation>trop d’arguments (attendu : %1)</translation>
    </message>
    <message>
        <source>%1: upgraded from schema version %2 to %3; the old file was kept as %4
</source>
        <translation>%1 : mis à niveau du schéma %2 au schéma %3 ; l’ancien fichier est conservé sous %4
</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>The project file to create (*.marginalia).</source>
        <translation>Le fichier de projet à créer (*.marginalia).</translation>
    </message>
    <message>
        <source>Create a new project file with the default labels PER, LOC, ORG and MISC.</source>
        <translation>Créer un fichier de projet avec les étiquettes par défaut PER, LOC, ORG et MISC.</translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation>%1 créé
</translation>
    </message>
    <message>
        <source>PROJECT PATH...</source>
        <translation>PROJET CHEMIN...</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Files, and folders searched recursively for *.txt.</source>
        <translation>Des fichiers, et des dossiers parcourus récursivement à la recherche de *.txt.</translation>
    </message>
    <message>
        <source>Reject files larger than MB megabytes (default %1).</source>
        <translation>Refuser les fichiers de plus de MB mégaoctets (par défaut %1).</translation>
    </message>
    <message>
        <source>Print the result as JSON: imported ids, rejected and skipped files with their reasons.</source>
        <translation>Afficher le résultat en JSON : identifiants importés, fichiers refusés et ignorés avec leurs raisons.</translation>
    </message>
    <message>
        <source>Import plain-text articles. An optional first-line header &apos;date YYYY[-MM[-DD]]&apos; gives the date; the first line is the title. Encodings: UTF-8, UTF-16/32 with a byte-order mark, and legacy 8-bit encodings, detected.</source>
        <translation>Importer des articles en texte brut. Un en-tête facultatif en première ligne « date AAAA[-MM[-JJ]] » donne la date ; la première ligne est le titre. Encodages : UTF-8, UTF-16/32 avec indicateur d’ordre des octets, et anciens encodages 8 bits, détectés.</translation>
    </message>
    <message>
        <source>--max-size wants a positive number of megabytes, not &apos;%1&apos;</source>
        <translation>--max-size attend un nombre positif de mégaoctets, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: the import failed and was undone (%2)
</source>
        <translation>%1 : l’import a échoué et a été annulé (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) rejected</source>
        <translation>
            <numerusform> ; %n fichier refusé</numerusform>
            <numerusform> ; %n fichiers refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) skipped</source>
        <translation>
            <numerusform> ; %n doublon ignoré</numerusform>
            <numerusform> ; %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>List the articles: id, title, date, source, encoding, length in characters (code points) and annotation count.</source>
        <translation>Lister les articles : identifiant, titre, date, source, encodage, longueur en caractères (points de code) et nombre d’annotations.</translation>
    </message>
    <message>
        <source>PROJECT ARTICLE_ID START END LABEL</source>
        <translation>PROJET ID_ARTICLE DÉBUT FIN ÉTIQUETTE</translation>
    </message>
    <message>
        <source>The article, by id.</source>
        <translation>L’article, par identifiant.</translation>
    </message>
    <message>
        <source>First code point of the span (from 0).</source>
        <translation>Premier point de code du passage (à partir de 0).</translation>
    </message>
    <message>
        <source>Code point just after the span.</source>
        <translation>Point de code juste après le passage.</translation>
    </message>
    <message>
        <source>A label name, e.g. PER.</source>
        <translation>Un nom d’étiquette, par exemple PER.</translation>
    </message>
    <message>
        <source>Link the mention to the entity NAME of the same label (created if new).</source>
        <translation>Lier la mention à l’entité NOM de même étiquette (créée si elle est nouvelle).</translation>
    </message>
    <message>
        <source>Attach a note.</source>
        <translation>Joindre une note.</translation>
    </message>
    <message>
        <source>Record NAME as the annotator (default: $USER).</source>
        <translation>Enregistrer NOM comme annotateur (par défaut : $USER).</translation>
    </message>
    <message>
        <source>Print the stored annotation as JSON.</source>
        <translation>Afficher l’annotation enregistrée en JSON.</translation>
    </message>
    <message>
        <source>Tag the span [START, END) of an article. Offsets are Unicode code points into the stored text, as &apos;export&apos; writes it.</source>
        <translation>Étiqueter le passage [DÉBUT, FIN) d’un article. Les positions sont des points de code Unicode dans le texte stocké, tel que « export » l’écrit.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 doit être un nombre entier, pas « %2 »</translation>
    </message>
    <message>
        <source>%1: nothing stored: %2
</source>
        <translation>%1 : rien n’a été enregistré : %2
</translation>
    </message>
    <message>
        <source>Annotation %1: %2 [%3, %4) &quot;%5&quot;
</source>
        <translation>Annotation %1 : %2 [%3, %4) « %5 »
</translation>
    </message>
    <message>
        <source>PROJECT --format csv|jsonl|texts [--out PATH]</source>
        <translation>PROJET --format csv|jsonl|texts [--out CHEMIN]</translation>
    </message>
    <message>
        <source>csv: one row per annotation; jsonl: one article per line with its text and annotations; texts: the stored texts, one &lt;id&gt;.txt per article.</source>
        <translation>csv : une ligne par annotation ; jsonl : un article par ligne avec son texte et ses annotations ; texts : les textes stockés, un &lt;id&gt;.txt par article.</translation>
    </message>
    <message>
        <source>Write to PATH (a folder for &apos;texts&apos;) instead of standard output. Files are replaced only once complete.</source>
        <translation>Écrire dans PATH (un dossier pour « texts ») au lieu de la sortie standard. Les fichiers ne sont remplacés qu’une fois complets.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.</source>
        <translation>CSV : commencer par un indicateur d’ordre des octets UTF-8, pour qu’Excel lise le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>CSV: neutralise formula injection. Every text cell that starts with &apos;=&apos;, &apos;+&apos;, &apos;-&apos;, &apos;@&apos;, a tab or a carriage return gets a single quote (&apos;) in front, so Excel and LibreOffice show it as text instead of running it. Such a cell no longer equals text[start:end]: drop the one leading quote to get it back. Cells longer than Excel&apos;s 32,767 characters are reported. Numbers are never changed.</source>
        <translation>CSV : neutraliser l’injection de formules. Toute cellule de texte qui commence par « = », « + », « - », « @ », une tabulation ou un retour chariot reçoit une apostrophe (&apos;) devant, pour qu’Excel et LibreOffice l’affichent comme du texte au lieu de l’exécuter. Une telle cellule n’est plus égale à text[start:end] : retirez l’apostrophe initiale pour la retrouver. Les cellules de plus de 32 767 caractères (limite d’Excel) sont signalées. Les nombres ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>CSV: the field separator: comma (default), semicolon or tab.</source>
        <translation>CSV : le séparateur de champs : comma (virgule, par défaut), semicolon (point-virgule) ou tab (tabulation).</translation>
    </message>
    <message>
        <source>Export the project. Offsets are Unicode code points into the text as stored (and as &apos;texts&apos; writes it), half-open.</source>
        <translation>Exporter le projet. Les positions sont des points de code Unicode dans le texte tel qu’il est stocké (et tel que « texts » l’écrit), intervalles semi-ouverts.</translation>
    </message>
    <message>
        <source>--format is required (csv, jsonl or texts)</source>
        <translation>--format est obligatoire (csv, jsonl ou texts)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use csv, jsonl or texts)</source>
        <translation>format inconnu « %1 » (utilisez csv, jsonl ou texts)</translation>
    </message>
    <message>
        <source>--format texts needs --out FOLDER</source>
        <translation>--format texts demande --out DOSSIER</translation>
    </message>
    <message>
        <source>unknown delimiter &apos;%1&apos; (use comma, semicolon or tab)</source>
        <translation>séparateur inconnu « %1 » (utilisez comma, semicolon ou tab)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n text file(s).
</source>
        <translation>
            <numerusform>%n fichier texte écrit.
</numerusform>
            <numerusform>%n fichiers texte écrits.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot write (%2)
</source>
        <translation>%1 : écriture impossible (%2)
</translation>
    </message>
    <message>
        <source>cannot write to standard output
</source>
        <translation>impossible d’écrire sur la sortie standard
</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>cannot write to standard output (%1)
</source>
        <translation>impossible d’écrire sur la sortie standard (%1)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]

Annotate news articles from the command line, in the same project files as
the Marginalia window.

Commands:
  init      Create a new, empty project file
  import    Import .txt articles from files and folders
  list      List the project&apos;s articles
  annotate  Tag a span of an article with a label
  export    Export annotations as CSV or JSONL, or the stored texts
  quotes    List the quotes, detecting them again if asked

Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.

Offsets are Unicode code points into the stored article text, half-open
[start, end), as in Python&apos;s text[start:end].

Exit status: 0 when everything succeeded; 1 when something was rejected or
failed (the rest is done, one line per problem on standard error); 2 for a
usage error.
</source>
        <translation>Usage : %1 COMMANDE [OPTIONS] [ARGUMENTS]

Annoter des articles de presse en ligne de commande, dans les mêmes fichiers de
projet que la fenêtre de Marginalia.

Commandes :
  init      Créer un fichier de projet vide
  import    Importer des articles .txt depuis des fichiers et des dossiers
  list      Lister les articles du projet
  annotate  Étiqueter un passage d’un article
  export    Exporter les annotations en CSV ou JSONL, ou les textes stockés
  quotes    Lister les citations, en les détectant à nouveau si demandé

Lancez « %1 COMMANDE --help » pour les options d’une commande.

Les positions sont des points de code Unicode dans le texte stocké de l’article,
intervalle semi-ouvert [début, fin), comme text[start:end] en Python.

Code de sortie : 0 si tout a réussi ; 1 si quelque chose a été refusé ou a échoué
(le reste est fait, une ligne par problème sur la sortie d’erreur) ; 2 pour une
erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>PROJECT [--article ID] [--redetect] [--json]</source>
        <translation>PROJET [--article ID] [--redetect] [--json]</translation>
    </message>
    <message>
        <source>Only the article ID.</source>
        <translation>Seulement l’article ID.</translation>
    </message>
    <message>
        <source>Detect the quotes again first. Quotes added or edited by hand are kept.</source>
        <translation>Détecter d’abord à nouveau les citations. Les citations ajoutées ou modifiées à la main sont conservées.</translation>
    </message>
    <message>
        <source>Print a JSON array of {article_id, id, start, end, text, speaker, cue}.</source>
        <translation>Afficher un tableau JSON de {article_id, id, start, end, text, speaker, cue}.</translation>
    </message>
    <message>
        <source>List the quotes (direct speech) with their speakers. Offsets are Unicode code points into the stored text, half-open.</source>
        <translation>Lister les citations (discours direct) avec leurs locuteurs. Les positions sont des points de code Unicode dans le texte stocké, intervalles semi-ouverts.</translation>
    </message>
    <message>
        <source>--article wants an article id, not &apos;%1&apos;</source>
        <translation>--article attend un identifiant d’article, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: no article with id %2
</source>
        <translation>%1 : aucun article d’identifiant %2
</translation>
    </message>
    <message>
        <source>%1: quote detection failed and nothing was stored (%2)
</source>
        <translation>%1 : la détection des citations a échoué et rien n’a été enregistré (%2)
</translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>cannot write the JSONL (%1)</source>
        <translation>impossible d’écrire le JSONL (%1)</translation>
    </message>
</context>
<context>
    <name>LabelCommands</name>
    <message>
        <source>Add Label %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
    <message>
        <source>Change Label %1</source>
        <translation>Modifier l’étiquette %1</translation>
    </message>
    <message>
        <source>Delete Label %1</source>
        <translation>Supprimer l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::AnnotationListModel</name>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleListModel</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Quote, speaker unknown</source>
        <translation>Citation, locuteur inconnu</translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation>Citation de %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportProblemsDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <source>&amp;Files left out:</source>
        <translation>&amp;Fichiers non importés :</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the list to the clipboard, one file per line</source>
        <translation>Copier la liste dans le presse-papiers, un fichier par ligne</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is as it was before.</source>
        <translation>L’import a été annulé ; le projet est tel qu’il était avant.</translation>
    </message>
    <message>
        <source>The import failed; the project is as it was before.</source>
        <translation>L’import a échoué ; le projet est tel qu’il était avant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) imported</source>
        <translation>
            <numerusform>%Ln article importé</numerusform>
            <numerusform>%Ln articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) rejected</source>
        <translation>
            <numerusform>%Ln fichier refusé</numerusform>
            <numerusform>%Ln fichiers refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln doublon ignoré</numerusform>
            <numerusform>%Ln doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportRunner</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancelling; removing the articles this import stored…</source>
        <translation>Annulation ; suppression des articles enregistrés par cet import…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %L1 of %Ln file(s)</source>
        <translation>
            <numerusform>Import en cours… %L1 sur %Ln fichier</numerusform>
            <numerusform>Import en cours… %L1 sur %Ln fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelEditorDialog</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Hotkey…</source>
        <translation>&amp;Raccourci…</translation>
    </message>
    <message>
        <source>D&amp;escription…</source>
        <translation>D&amp;escription…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>%1   (key %2)</source>
        <translation>%1   (touche %2)</translation>
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
        <source>Rename Label</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>Hotkey of %1</source>
        <translation>Raccourci de %1</translation>
    </message>
    <message>
        <source>One key (empty for none):</source>
        <translation>Une touche (vide pour aucune) :</translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation>Description de %1</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message numerus="yes">
        <source>Delete the label %1 and its %n annotation(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l’étiquette %1 et son annotation (%n) ? Annuler la fait revenir.</numerusform>
            <numerusform>Supprimer l’étiquette %1 et ses %n annotations ? Annuler les fait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelPalette</name>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Projets Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrer par titre</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
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
        <source>&amp;Labels…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>A&amp;nnotation</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&amp;Link to Entity…</source>
        <translation>&amp;Lier à une entité…</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Widen End by a Word</source>
        <translation>Étendre la fin d’un mot</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Narrow End by a Word</source>
        <translation>Réduire la fin d’un mot</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Widen Start by a Word</source>
        <translation>Étendre le début d’un mot</translation>
    </message>
    <message>
        <source>Alt+Shift+Left</source>
        <translation>Alt+Shift+Left</translation>
    </message>
    <message>
        <source>Narrow Start by a Word</source>
        <translation>Réduire le début d’un mot</translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <source>Ne&amp;xt Annotation</source>
        <translation>Annotation &amp;suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation>Annotation &amp;précédente</translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next Article &amp;To Do</source>
        <translation>Prochain article &amp;à faire</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Mark To &amp;Do</source>
        <translation>Marquer à &amp;faire</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Mark &amp;In Progress</source>
        <translation>Marquer &amp;en cours</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Mark D&amp;one</source>
        <translation>Marquer &amp;terminé</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Filter Articles</source>
        <translation>&amp;Filtrer les articles</translation>
    </message>
    <message>
        <source>Back to the &amp;Text</source>
        <translation>Retour au &amp;texte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation>Article %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n annotation(s) here</source>
        <translation>
            <numerusform>%1 · %n annotation ici</numerusform>
            <numerusform>%1 · %n annotations ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in the project</source>
        <translation>
            <numerusform> · %n dans le projet</numerusform>
            <numerusform> · %n dans le projet</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded from schema version %1; the old file was kept as %2</source>
        <translation>Mis à niveau depuis le schéma %1 ; l’ancien fichier est conservé sous %2</translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation>Réétiqueter comme %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on this %1 annotation:</source>
        <translation>Note sur cette annotation %1 :</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Link to Entity</source>
        <translation>Lier à une entité</translation>
    </message>
    <message>
        <source>Entity (an existing name, or a new one):</source>
        <translation>Entité (un nom existant, ou un nouveau) :</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Lier à %1</translation>
    </message>
    <message>
        <source>Widen Annotation</source>
        <translation>Étendre l’annotation</translation>
    </message>
    <message>
        <source>Narrow Annotation</source>
        <translation>Réduire l’annotation</translation>
    </message>
    <message>
        <source>Every article is done.</source>
        <translation>Tous les articles sont terminés.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Text articles (*.txt);;All files (*)</source>
        <translation>Articles texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write the sample article</source>
        <translation>%1 : impossible d’écrire l’article d’exemple</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation or Quote</source>
        <translation>&amp;Supprimer l’annotation ou la citation</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Quote</source>
        <translation>Marquer la sélection comme &amp;citation</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Set &amp;Speaker…</source>
        <translation>Choisir le &amp;locuteur…</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Detect Quotes in This &amp;Article</source>
        <translation>Détecter les citations dans cet &amp;article</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Detect Quotes in All Articles</source>
        <translation>Détecter les citations dans tous les articles</translation>
    </message>
    <message>
        <source>Select the words of the quote first.</source>
        <translation>Sélectionnez d’abord les mots de la citation.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Who said it (a person in the article, an entity, or any name):</source>
        <translation>Qui l’a dit (une personne de l’article, une entité, ou un nom) :</translation>
    </message>
    <message>
        <source>Clear Speaker</source>
        <translation>Effacer le locuteur</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Locuteur %1</translation>
    </message>
    <message numerus="yes">
        <source>Quotes detected again in %n article(s).</source>
        <translation>
            <numerusform>Citations détectées à nouveau dans %n article.</numerusform>
            <numerusform>Citations détectées à nouveau dans %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ProjectSession</name>
    <message>
        <source>no label with id %1</source>
        <translation>aucune étiquette d’identifiant %1</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1 : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>%1: cannot create the project (%2)</source>
        <translation>%1 : impossible de créer le projet (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing (%2)</source>
        <translation>%1 : impossible de l’ouvrir en écriture (%2)</translation>
    </message>
    <message>
        <source>%1: not migrated, the backup copy failed (%2)</source>
        <translation>%1 : non migré, la copie de sauvegarde a échoué (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation>une clé étrangère de la table %1 ne pointe vers rien</translation>
    </message>
    <message>
        <source>migration from schema version %1 to %2 (%3) failed: %4</source>
        <translation>la migration du schéma %1 au schéma %2 (%3) a échoué : %4</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>aucun article d’identifiant %1</translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot; (the project has %2)</source>
        <translation>aucune étiquette nommée « %1 » (le projet a %2)</translation>
    </message>
    <message>
        <source>start %1 is negative</source>
        <translation>le début %1 est négatif</translation>
    </message>
    <message>
        <source>start %1 must be less than end %2</source>
        <translation>le début %1 doit être inférieur à la fin %2</translation>
    </message>
    <message>
        <source>end %1 is past the end of article %2, which has %3 characters</source>
        <translation>la fin %1 dépasse la fin de l’article %2, qui compte %3 caractères</translation>
    </message>
    <message>
        <source>no annotation with id %1</source>
        <translation>aucune annotation d’identifiant %1</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>une entité doit avoir un nom</translation>
    </message>
    <message>
        <source>a label named &quot;%1&quot; exists already</source>
        <translation>une étiquette nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>no label with id %1</source>
        <translation>aucune étiquette d’identifiant %1</translation>
    </message>
    <message>
        <source>its schema version %1 is negative</source>
        <translation>sa version de schéma %1 est négative</translation>
    </message>
    <message>
        <source>it holds tables but no schema version</source>
        <translation>il contient des tables mais pas de version de schéma</translation>
    </message>
    <message>
        <source>%1: the project file is read-only; Marginalia stores every edit at once and needs to write to it</source>
        <translation>%1 : le fichier de projet est en lecture seule ; Marginalia enregistre chaque modification aussitôt et doit pouvoir y écrire</translation>
    </message>
    <message>
        <source>annotation %1 belongs to article %2, not %3</source>
        <translation>l’annotation %1 appartient à l’article %2, pas au %3</translation>
    </message>
    <message>
        <source>no quote with id %1</source>
        <translation>aucune citation d’identifiant %1</translation>
    </message>
    <message>
        <source>no quote with id %1 in article %2</source>
        <translation>aucune citation d’identifiant %1 dans l’article %2</translation>
    </message>
</context>
<context>
    <name>ProjectFileInspector</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Marginalia project</source>
        <translation>%1 : le fichier est vide, ce n’est pas un projet Marginalia</translation>
    </message>
    <message>
        <source>%1: not a Marginalia project (not an SQLite database at all)</source>
        <translation>%1 : ce n’est pas un projet Marginalia (ce n’est pas du tout une base SQLite)</translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes, shorter than its own header)</source>
        <translation>%1 : le fichier de projet est tronqué (%2 octets, moins que son propre en-tête)</translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes where its header promises %3)</source>
        <translation>%1 : le fichier de projet est tronqué (%2 octets alors que son en-tête en annonce %3)</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2); it was left as it is</source>
        <translation>%1 : le fichier de projet est endommagé (%2) ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Marginalia (schema version %2; this version reads up to %3); please update Marginalia</source>
        <translation>%1 : créé par une version plus récente de Marginalia (schéma %2 ; cette version lit jusqu’au schéma %3) ; veuillez mettre Marginalia à jour</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Marginalia project</source>
        <translation>%1 : une base SQLite, mais pas un projet Marginalia</translation>
    </message>
    <message>
        <source>%1: the project file is truncated or has bytes appended (%2 bytes, not a whole number of %3-byte pages)</source>
        <translation>%1 : le fichier de projet est tronqué ou a des octets en trop (%2 octets, pas un nombre entier de pages de %3 octets)</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>Mark as Quote</source>
        <translation>Marquer comme citation</translation>
    </message>
    <message>
        <source>Delete Quote</source>
        <translation>Supprimer la citation</translation>
    </message>
    <message>
        <source>Detect Quotes</source>
        <translation>Détecter les citations</translation>
    </message>
</context>
<context>
    <name>QuoteDetection</name>
    <message>
        <source>no article with id %1</source>
        <translation>aucun article d’identifiant %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation>le fichier commence par un indicateur d’ordre des octets %1 mais n’est pas du %1 valide</translation>
    </message>
    <message>
        <source>binary file (it contains NUL bytes)</source>
        <translation>fichier binaire (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>cannot be decoded: not valid UTF-8 and no known encoding fits</source>
        <translation>impossible à décoder : ce n’est pas de l’UTF-8 valide et aucun encodage connu ne convient</translation>
    </message>
    <message>
        <source>binary file (too many control characters for text)</source>
        <translation>fichier binaire (trop de caractères de contrôle pour du texte)</translation>
    </message>
    <message>
        <source>the file holds no text (only white space)</source>
        <translation>le fichier ne contient pas de texte (seulement des espaces)</translation>
    </message>
    <message numerus="yes">
        <source>damaged UTF-8: %n byte(s) not valid UTF-8, the first (%1) at byte offset %2</source>
        <translation>
            <numerusform>UTF-8 endommagé : %n octet n’est pas de l’UTF-8 valide, le premier (%1) à la position %2</numerusform>
            <numerusform>UTF-8 endommagé : %n octets ne sont pas de l’UTF-8 valide, le premier (%1) à la position %2</numerusform>
        </translation>
    </message>
    <message>
        <source>binary file (it contains NUL characters)</source>
        <translation>fichier binaire (il contient des caractères NUL)</translation>
    </message>
</context>
<context>
    <name>TextFileImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>too large (%1, over the import limit of %2)</source>
        <translation>trop volumineux (%1, au-delà de la limite d’import de %2)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>holds no text after its date header</source>
        <translation>aucun texte après l’en-tête de date</translation>
    </message>
    <message>
        <source>skipped: same text as article %1 (&quot;%2&quot;)</source>
        <translation>ignoré : même texte que l’article %1 (« %2 »)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>TextsExporter</name>
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
    <name>main</name>
    <message>
        <source>Annotate news articles.</source>
        <translation>Annoter des articles de presse.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Le projet à ouvrir.</translation>
    </message>
    <message>
        <source>Render the window to the PNG FILE and quit.</source>
        <translation>Enregistrer la fenêtre dans le FICHIER PNG et quitter.</translation>
    </message>
</context>
</TS>
