<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]

Annotate news articles from the command line, in the same project files as
the Marginalia window.

Commands:
  init      Create a new, empty project file
  import    Import .txt articles from files and folders
  list      List the project&apos;s articles
  annotate  Tag a span of an article with a label
  export    Export annotations as CSV or JSONL, or the stored texts

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

Lancez « %1 COMMANDE --help » pour les options d’une commande.

Les positions sont des points de code Unicode dans le texte stocké de l’article,
intervalle semi-ouvert [début, fin), comme text[start:end] en Python.

Code de sortie : 0 si tout a réussi ; 1 si quelque chose a été refusé ou a échoué
(le reste est fait, une ligne par problème sur la sortie d’erreur) ; 2 pour une
erreur d’utilisation.
</translation>
    </message>
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
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>cannot write the JSONL (%1)</source>
        <translation>impossible d’écrire le JSONL (%1)</translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
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
        <source>Characters</source>
        <translation>Caractères</translation>
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
