<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Animation</name>
    <message>
        <source>writing GIF and MP4 animations needs the optional extra gradviz[animate] (imageio-ffmpeg); install it with: {python} -m pip install &apos;gradviz[animate]&apos; (in a clone of gradviz: {python} -m pip install -e &apos;.[animate]&apos;)</source>
        <translation>écrire des animations GIF et MP4 demande l&apos;extra optionnel gradviz[animate] (imageio-ffmpeg)&#x202f;; installez-le avec&#xa0;: {python} -m pip install &apos;gradviz[animate]&apos; (dans un clone de gradviz&#xa0;: {python} -m pip install -e &apos;.[animate]&apos;)</translation>
    </message>
    <message>
        <source>no part {part} to animate; choose one of {parts}</source>
        <translation>aucune partie {part} à animer&#x202f;; choisissez parmi {parts}</translation>
    </message>
    <message>
        <source>there was no frame to write</source>
        <translation>il n&apos;y avait aucune image à écrire</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>must be a positive whole number, got {text}</source>
        <translation>doit être un entier positif, reçu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>must be a positive number, got {text}</source>
        <translation>doit être un nombre positif, reçu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{text} is not a number of seconds</source>
        <translation>{text} n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>must be a positive number of seconds, got {text}</source>
        <translation>doit être un nombre positif de secondes, reçu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{text} is too large: the largest number is about 1.8e308</source>
        <translation>{text} est trop grand&#xa0;: le plus grand nombre vaut environ 1.8e308</translation>
    </message>
    <message>
        <source>must be 0 or more, got {text}</source>
        <translation>doit valoir 0 ou plus, reçu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{text} is not WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation>{text} n&apos;est pas de la forme LARGEURxHAUTEUR, p. ex. 1400x900</translation>
    </message>
    <message>
        <source>{text} is out of range; use 200 to 8000 pixels a side</source>
        <translation>{text} est hors limites&#x202f;; utilisez de 200 à 8000 pixels de côté</translation>
    </message>
    <message>
        <source>must be in [0, 1), got {text}</source>
        <translation>doit être dans [0, 1), reçu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{text} is not a zoom: give a factor such as 1.5, or 150%</source>
        <translation>{text} n&apos;est pas un zoom&#xa0;: donnez un facteur comme 1.5, ou 150%</translation>
    </message>
    <message>
        <source>{text} is out of range: use {least} to {most} (80% to 250%)</source>
        <translation>{text} est hors limites&#xa0;: utilisez {least} à {most} (80&#xa0;% à 250&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>Backprop</name>
    <message>
        <source>the step begins</source>
        <translation>le pas commence</translation>
    </message>
    <message>
        <source>W and b as they are; nothing is computed yet</source>
        <translation>W et b tels quels&#x202f;; rien n&apos;est encore calculé</translation>
    </message>
    <message>
        <source>Linear.forward</source>
        <translation>Linear.forward</translation>
    </message>
    <message>
        <source>Ŷ = XW + b, and its Context saves X and W</source>
        <translation>Ŷ = XW + b, et son Context garde X et W</translation>
    </message>
    <message>
        <source>MSE.forward</source>
        <translation>MSE.forward</translation>
    </message>
    <message>
        <source>C = (1/q) Σᵢⱼ (Ŷᵢⱼ − Yᵢⱼ)², and its Context saves Ŷ − Y</source>
        <translation>C = (1/q) Σᵢⱼ (Ŷᵢⱼ − Yᵢⱼ)², et son Context garde Ŷ − Y</translation>
    </message>
    <message>
        <source>backward() starts</source>
        <translation>backward() démarre</translation>
    </message>
    <message>
        <source>at the loss itself: ∂C/∂C = 1</source>
        <translation>au coût lui-même&#xa0;: ∂C/∂C = 1</translation>
    </message>
    <message>
        <source>MSE.backward</source>
        <translation>MSE.backward</translation>
    </message>
    <message>
        <source>δ = ∂C/∂Ŷ = (2/q)(Ŷ − Y), from the saved Ŷ − Y</source>
        <translation>δ = ∂C/∂Ŷ = (2/q)(Ŷ − Y), à partir du Ŷ − Y gardé</translation>
    </message>
    <message>
        <source>Linear.backward</source>
        <translation>Linear.backward</translation>
    </message>
    <message>
        <source>∂C/∂W = Xᵀδ and ∂C/∂b = Σᵢ δᵢ, from the saved X; ∂C/∂X = δWᵀ is not needed</source>
        <translation>∂C/∂W = Xᵀδ et ∂C/∂b = Σᵢ δᵢ, à partir du X gardé&#x202f;; ∂C/∂X = δWᵀ n&apos;est pas nécessaire</translation>
    </message>
    <message>
        <source>into .grad</source>
        <translation>dans .grad</translation>
    </message>
    <message>
        <source>W.grad and b.grad receive ∂C/∂W and ∂C/∂b</source>
        <translation>W.grad et b.grad reçoivent ∂C/∂W et ∂C/∂b</translation>
    </message>
    <message>
        <source>the optimizer&apos;s update</source>
        <translation>la mise à jour de l&apos;optimiseur</translation>
    </message>
    <message>
        <source>W and b move against their gradient</source>
        <translation>W et b avancent à l&apos;opposé de leur gradient</translation>
    </message>
</context>
<context>
    <name>BackpropArea</name>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Dérivation</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Vérification du gradient</translation>
    </message>
    <message>
        <source>The graph of this step cannot be built: {message}</source>
        <translation>Le graphe de ce pas ne peut pas être construit&#xa0;: {message}</translation>
    </message>
    <message>
        <source>X, W, b and their gradients: {units}</source>
        <translation>X, W, b et leurs gradients&#xa0;: {units}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>{message} (see `{prog} --help`)</source>
        <translation>{message} (voir `{prog} --help`)</translation>
    </message>
    <message>
        <source>built-in dataset (default {dataset}; see `gradviz datasets`)</source>
        <translation>jeu de données intégré (par défaut {dataset}&#x202f;; voir `gradviz datasets`)</translation>
    </message>
    <message>
        <source>a CSV file of your own</source>
        <translation>un fichier CSV à vous</translation>
    </message>
    <message>
        <source>with --csv: target column, or several (default: last numeric column)</source>
        <translation>avec --csv&#xa0;: colonne cible, ou plusieurs (par défaut&#xa0;: la dernière colonne numérique)</translation>
    </message>
    <message>
        <source>with --csv: feature columns (default: all other numeric columns)</source>
        <translation>avec --csv&#xa0;: colonnes des caractéristiques (par défaut&#xa0;: toutes les autres colonnes numériques)</translation>
    </message>
    <message>
        <source>train with a classic slip of the exercise, beside the correct run</source>
        <translation>entraîner avec une erreur classique de l&apos;exercice, à côté de l&apos;exécution correcte</translation>
    </message>
    <message>
        <source>race up to 5 optimizers from the same start on the same batches: racers joined by commas, each NAME or NAME:lr=X[,KEY=X...]; a new racer starts at each optimizer name, e.g. &quot;gd:lr=0.1,momentum:lr=0.05,beta=0.9,adam:lr=0.05&quot;. The first is the main run (instead of --optimizer and --lr); lr defaults to 0.1. Optimizers: {optimizers}; their settings: {settings}</source>
        <translation>faire courir jusqu&apos;à 5 optimiseurs depuis le même départ sur les mêmes lots&#xa0;: concurrents joints par des virgules, chacun NAME ou NAME:lr=X[,KEY=X...]&#x202f;; un nouveau concurrent commence à chaque nom d&apos;optimiseur, p. ex. &quot;gd:lr=0.1,momentum:lr=0.05,beta=0.9,adam:lr=0.05&quot;. Le premier est l&apos;exécution principale (au lieu de --optimizer et --lr)&#x202f;; lr vaut 0.1 par défaut. Optimiseurs&#xa0;: {optimizers}&#x202f;; leurs réglages&#xa0;: {settings}</translation>
    </message>
    <message>
        <source>plots (default), or the backpropagation area on its graph, derivation or gradcheck tab</source>
        <translation>les graphiques (par défaut), ou la zone de rétropropagation sur son onglet graphe, dérivation ou gradcheck</translation>
    </message>
    <message>
        <source>with --view graph or derivation: the sub-step of the next step shown (default accumulate)</source>
        <translation>avec --view graph ou derivation&#xa0;: la sous-étape du prochain pas montrée (par défaut accumulate)</translation>
    </message>
    <message>
        <source>learning rate (default 0.1)</source>
        <translation>taux d&apos;apprentissage (par défaut 0.1)</translation>
    </message>
    <message>
        <source>rows per step (default: full batch)</source>
        <translation>exemples par pas (par défaut&#xa0;: lot complet)</translation>
    </message>
    <message>
        <source>train on raw features</source>
        <translation>entraîner sur les caractéristiques brutes</translation>
    </message>
    <message>
        <source>pixels (default 1400x900)</source>
        <translation>pixels (par défaut 1400x900)</translation>
    </message>
    <message>
        <source>the landscape&apos;s two parameters as the window names them, x first: e.g. &apos;w[x1],w[x2]&apos; or &apos;w[x1],b&apos;; with several targets &apos;w[x1]-&gt;y2&apos; (or →) and &apos;b-&gt;y2&apos; (default: the dataset&apos;s own pair)</source>
        <translation>les deux paramètres du paysage tels que la fenêtre les nomme, x d&apos;abord&#xa0;: p. ex. &apos;w[x1],w[x2]&apos; ou &apos;w[x1],b&apos;&#x202f;; avec plusieurs cibles &apos;w[x1]-&gt;y2&apos; (ou →) et &apos;b-&gt;y2&apos; (par défaut&#xa0;: la paire propre au jeu de données)</translation>
    </message>
    <message>
        <source>the optimizer (default gd), its settings besides --lr at their defaults: {defaults}</source>
        <translation>l&apos;optimiseur (gd par défaut), ses réglages autres que --lr à leurs valeurs par défaut&#xa0;: {defaults}</translation>
    </message>
    <message>
        <source>--race names the main run&apos;s optimizer and lr (its first racer): leave out --optimizer and --lr</source>
        <translation>--race nomme l&apos;optimiseur et le lr de l&apos;exécution principale (son premier concurrent)&#xa0;: retirez --optimizer et --lr</translation>
    </message>
    <message>
        <source>--race: {error}</source>
        <translation>--race&#xa0;: {error}</translation>
    </message>
    <message>
        <source>See gradient descent at work on linear regression. Without a command, open the window.</source>
        <translation>Voir la descente de gradient à l&apos;œuvre sur la régression linéaire. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>open the window, draw once and quit (times start-up)</source>
        <translation>ouvrir la fenêtre, dessiner une fois et quitter (mesure le démarrage)</translation>
    </message>
    <message>
        <source>check your own Linear and MSE (a .py file or a notebook), then train with them (runs its code)</source>
        <translation>vérifier vos propres Linear et MSE (un fichier .py ou un notebook), puis entraîner avec (exécute son code)</translation>
    </message>
    <message>
        <source>list the built-in datasets</source>
        <translation>lister les jeux de données intégrés</translation>
    </message>
    <message>
        <source>fit by gradient descent without a window</source>
        <translation>ajuster par descente de gradient sans fenêtre</translation>
    </message>
    <message>
        <source>number of steps (default 1000)</source>
        <translation>nombre de pas (par défaut 1000)</translation>
    </message>
    <message>
        <source>lr schedule over --steps: step halves 4 times, exponential ends at 1%%, cosine ends at 0</source>
        <translation>calendrier du lr sur --steps&#xa0;: step divise par deux 4 fois, exponential finit à 1 %%, cosine finit à 0</translation>
    </message>
    <message>
        <source>held-out share (default 0.2)</source>
        <translation>part mise de côté pour le test (par défaut 0.2)</translation>
    </message>
    <message>
        <source>seed for the split and the batches</source>
        <translation>graine de la séparation et des lots</translation>
    </message>
    <message>
        <source>compute full-batch steps through the graph</source>
        <translation>calculer les pas en lot complet par le graphe</translation>
    </message>
    <message>
        <source>write every recorded step to a CSV</source>
        <translation>écrire chaque pas enregistré dans un CSV</translation>
    </message>
    <message>
        <source>print one JSON object instead of a report</source>
        <translation>afficher un objet JSON au lieu d&apos;un rapport</translation>
    </message>
    <message>
        <source>render the window offscreen to an image</source>
        <translation>rendre la fenêtre hors écran dans une image</translation>
    </message>
    <message>
        <source>the window&apos;s theme (default light)</source>
        <translation>le thème de la fenêtre (par défaut light)</translation>
    </message>
    <message>
        <source>render the window offscreen as an animated GIF or an MP4</source>
        <translation>rendre la fenêtre hors écran en GIF animé ou en MP4</translation>
    </message>
    <message>
        <source>the animation: .gif or .mp4</source>
        <translation>l&apos;animation&#xa0;: .gif ou .mp4</translation>
    </message>
    <message>
        <source>frames per second (default 20)</source>
        <translation>images par seconde (par défaut 20)</translation>
    </message>
    <message>
        <source>animate this panel alone (default: the whole window)</source>
        <translation>animer ce panneau seul (par défaut&#xa0;: toute la fenêtre)</translation>
    </message>
    <message>
        <source>check MSE and Linear against finite differences</source>
        <translation>vérifier MSE et Linear par différences finies</translation>
    </message>
    <message>
        <source>random shapes per function, q, n and p all different and at least 2 (default 5)</source>
        <translation>formes aléatoires par fonction, q, n et p tous différents et au moins 2 (par défaut 5)</translation>
    </message>
    <message>
        <source>check the Functions of a classic slip instead (they fail)</source>
        <translation>vérifier plutôt les Functions d&apos;une erreur classique (elles échouent)</translation>
    </message>
    <message>
        <source>language of the output and the window (default: the system&apos;s, from LANG or LC_ALL)</source>
        <translation>langue de la sortie et de la fenêtre (par défaut&#xa0;: celle du système, d&apos;après LANG ou LC_ALL)</translation>
    </message>
    <message>
        <source>{option} {text} has an empty column name; give names separated by commas</source>
        <translation>{option} {text} contient un nom de colonne vide&#x202f;; donnez des noms séparés par des virgules</translation>
    </message>
    <message>
        <source>--target and --features go with --csv</source>
        <translation>--target et --features s&apos;utilisent avec --csv</translation>
    </message>
    <message>
        <source>{done}/{total} steps · loss {loss}</source>
        <translation>{done}/{total} pas · coût {loss}</translation>
    </message>
    <message>
        <source>--out {path} is a folder; give a file name, e.g. {example}</source>
        <translation>--out {path} est un dossier&#x202f;; donnez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <source>--out {path}: no folder {folder}; create it or choose another</source>
        <translation>--out {path}&#xa0;: le dossier {folder} n&apos;existe pas&#x202f;; créez-le ou choisissez-en un autre</translation>
    </message>
    <message>
        <source>gradviz: {message}</source>
        <translation>gradviz&#xa0;: {message}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>text size, as Ctrl + makes it in the window: 0.8 to 2.5, or 150%% (default 1)</source>
        <translation>taille du texte, comme Ctrl + la règle dans la fenêtre&#xa0;: 0.8 à 2.5, ou 150%% (par défaut 1)</translation>
    </message>
    <message>
        <source>the picture: .png, .jpg (.jpeg), .bmp, .tif (.tiff) or .webp</source>
        <translation>l&apos;image&#xa0;: .png, .jpg (.jpeg), .bmp, .tif (.tiff) ou .webp</translation>
    </message>
    <message>
        <source>steps before the picture (default 0, or {race} with --race)</source>
        <translation>pas avant l&apos;image (par défaut 0, ou {race} avec --race)</translation>
    </message>
    <message>
        <source>steps animated (default {steps})</source>
        <translation>pas animés (par défaut {steps})</translation>
    </message>
    <message>
        <source>gradviz: interrupted after {done} of {total} steps</source>
        <translation>gradviz&#xa0;: interrompu après {done} pas sur {total}</translation>
    </message>
    <message>
        <source>Generators take parameters in the window&apos;s Dataset panel; rows are shown at their defaults.</source>
        <translation>Les générateurs prennent des paramètres dans le panneau Données de la fenêtre&#x202f;; les lignes sont comptées à leurs valeurs par défaut.</translation>
    </message>
    <message>
        <source>What each dataset is (a generator&apos;s at its default parameters):</source>
        <translation>Ce qu&apos;est chaque jeu de données (celui d&apos;un générateur à ses paramètres par défaut)&#xa0;:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>features</source>
        <translation>caractéristiques</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>about</source>
        <translation>description</translation>
    </message>
    <message>
        <source>real</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>synthétique</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>formes</translation>
    </message>
    <message>
        <source>max |error|</source>
        <translation>|erreur| max</translation>
    </message>
    <message>
        <source>max rel error</source>
        <translation>erreur rel. max</translation>
    </message>
    <message>
        <source>of tolerance</source>
        <translation>de la tolérance</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>central differences, eps {eps}; an entry passes when |analytic − numeric| ≤ tolerance,</source>
        <translation>différences finies centrées, eps {eps}&#x202f;; une entrée est juste quand |analytique − numérique| ≤ tolérance,</translation>
    </message>
    <message>
        <source>tolerance = atol + rtol·|numeric|, atol {atol}, rtol {rtol}; &apos;of tolerance&apos;: the worst error over its tolerance</source>
        <translation>tolérance = atol + rtol·|numérique|, atol {atol}, rtol {rtol}&#x202f;; «&#xa0;de la tolérance&#xa0;»&#xa0;: la pire erreur divisée par sa tolérance</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>all gradients match finite differences</source>
        <translation>tous les gradients concordent avec les différences finies</translation>
    </message>
    <message>
        <source>some gradients are wrong</source>
        <translation>certains gradients sont faux</translation>
    </message>
    <message>
        <source>--axes {text}: give two different parameters separated by a comma, from: {choices}</source>
        <translation>--axes {text}&#xa0;: donnez deux paramètres différents séparés par une virgule, parmi&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>--axes: this run has no parameter {name}; choose two of: {choices}</source>
        <translation>--axes&#xa0;: cette exécution n&apos;a pas de paramètre {name}&#x202f;; choisissez-en deux parmi&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>--functions {path}: no such file; give the path of your tp1.py or notebook</source>
        <translation>--functions {path}&#xa0;: fichier introuvable&#x202f;; donnez le chemin de votre tp1.py ou de votre notebook</translation>
    </message>
    <message>
        <source>--functions {path}: not a .py file or an .ipynb notebook</source>
        <translation>--functions {path}&#xa0;: ni un fichier .py ni un notebook .ipynb</translation>
    </message>
    <message>
        <source>{where}: SyntaxError: {message} (fix it, then start again)</source>
        <translation>{where}&#xa0;: SyntaxError&#xa0;: {message} (corrigez-la, puis relancez)</translation>
    </message>
    <message>
        <source>saved {path} ({width}x{height}, after {taken} of the {asked} steps asked)</source>
        <translation>{path} enregistré ({width}x{height}, après {taken} des {asked} pas demandés)</translation>
    </message>
    <message>
        <source>saved {path} ({width}x{height}, after {taken} step)</source>
        <translation>{path} enregistré ({width}x{height}, après {taken} pas)</translation>
    </message>
    <message>
        <source>saved {path} ({width}x{height}, after {taken} steps)</source>
        <translation>{path} enregistré ({width}x{height}, après {taken} pas)</translation>
    </message>
    <message>
        <source>gradviz: note: {note}</source>
        <translation>gradviz&#xa0;: remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>saved {path} ({width}x{height}, {frames} frames at {fps} fps, every step, steps 0 to {last}, {size} bytes)</source>
        <translation>{path} enregistré ({width}x{height}, {frames} images à {fps} images/s, chaque pas, pas 0 à {last}, {size} octets)</translation>
    </message>
    <message>
        <source>saved {path} ({width}x{height}, {frames} frames at {fps} fps, at most {most} frames, steps 0 to {last}, {size} bytes)</source>
        <translation>{path} enregistré ({width}x{height}, {frames} images à {fps} images/s, au plus {most} images, pas 0 à {last}, {size} octets)</translation>
    </message>
    <message>
        <source>gradviz: error: {message}</source>
        <translation>gradviz&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>gradviz: interrupted</source>
        <translation>gradviz&#xa0;: interrompu</translation>
    </message>
    <message>
        <source>Check the Linear and MSE Functions of a homework file (subclasses of torch.autograd.Function or
gradviz.engine.Function, in a .py file or the code cells of an .ipynb notebook): backward against
finite differences of your own forward (float64, random grad_output, shapes that hide no slip),
the shape of every gradient, the forward against the course&apos;s definitions, and the chain
mse(linear(X, W, b), Y).backward() in float32 as a descent script runs it. Any other Function is
checked by finite differences alone.

This RUNS THE CODE of each FILE on your machine, because you asked for it: in a child process,
never as __main__, with a timeout and a memory limit, but with your permissions. Check only files
you would run with `python FILE`.

Exit status 0 when the file defines both Linear and MSE, and, for a bias shape the forward
accepts, every gradient is right for the file&apos;s own forward and has its input&apos;s shape, and the
chain runs right; 2 otherwise, or when a file does not load. --strict also requires the course&apos;s
definitions.</source>
        <translation>Vérifie les Functions Linear et MSE d&apos;un fichier de TP (sous-classes de torch.autograd.Function
ou de gradviz.engine.Function, dans un fichier .py ou les cellules de code d&apos;un notebook .ipynb)&#xa0;:
backward contre les différences finies de votre propre forward (float64, grad_output aléatoire,
formes qui ne cachent aucune erreur), la forme de chaque gradient, le forward contre les
définitions du cours, et la chaîne mse(linear(X, W, b), Y).backward() en float32, comme la lance
un script de descente. Toute autre Function est vérifiée par différences finies seulement.

Ceci EXÉCUTE LE CODE de chaque FILE sur votre machine, parce que vous le demandez&#xa0;: dans un
processus enfant, jamais comme __main__, avec un délai et une limite de mémoire, mais avec vos
droits. Ne vérifiez que des fichiers que vous lanceriez avec `python FILE`.

Code de sortie 0 quand le fichier définit Linear et MSE, et que, pour une forme de biais que le
forward accepte, chaque gradient est juste pour le forward du fichier et a la forme de son entrée,
et que la chaîne tourne juste&#x202f;; 2 sinon, ou quand un fichier ne se charge pas. --strict exige
aussi les définitions du cours.</translation>
    </message>
    <message>
        <source>check a homework file&apos;s own Functions (runs its code)</source>
        <translation>vérifier les propres Functions d&apos;un fichier de TP (exécute son code)</translation>
    </message>
    <message>
        <source>.py files or .ipynb notebooks</source>
        <translation>fichiers .py ou notebooks .ipynb</translation>
    </message>
    <message>
        <source>print one JSON object (keys in the README)</source>
        <translation>afficher un objet JSON (clés dans le README)</translation>
    </message>
    <message>
        <source>also require the course&apos;s definitions (XW + b, mse with 1/q)</source>
        <translation>exiger aussi les définitions du cours (XW + b, mse avec 1/q)</translation>
    </message>
    <message>
        <source>files checked at a time (default: the number of cores)</source>
        <translation>fichiers vérifiés à la fois (par défaut&#xa0;: le nombre de cœurs)</translation>
    </message>
    <message>
        <source>seconds a file may take to load (default {load}) and each call (default {call})</source>
        <translation>secondes que peuvent prendre le chargement d&apos;un fichier (par défaut {load}) et chaque appel (par défaut {call})</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>{line}, in {method}</source>
        <translation>{line}, dans {method}</translation>
    </message>
    <message>
        <source>in {method}</source>
        <translation>dans {method}</translation>
    </message>
    <message>
        <source>raised {error}</source>
        <translation>a levé {error}</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>torch.autograd.gradcheck with {data}.requires_grad=True</source>
        <translation>torch.autograd.gradcheck avec {data}.requires_grad=True</translation>
    </message>
    <message>
        <source>a gradcheck that also differentiates {name}</source>
        <translation>un gradcheck qui dérive aussi par rapport à {name}</translation>
    </message>
    <message>
        <source>None for {name}: fine for training, {name} is data; {gradcheck} would fail it</source>
        <translation>None pour {name}&#xa0;: correct pour l&apos;entraînement, {name} est une donnée&#x202f;; {gradcheck} le refuserait</translation>
    </message>
    <message>
        <source>forward {raised}</source>
        <translation>forward {raised}</translation>
    </message>
    <message>
        <source>forward gave no output for some inputs</source>
        <translation>forward n&apos;a rien renvoyé pour certaines entrées</translation>
    </message>
    <message>
        <source>forward&apos;s output changes shape when an input moves by {eps}</source>
        <translation>la sortie de forward change de forme quand une entrée bouge de {eps}</translation>
    </message>
    <message>
        <source>forward returned NaN or infinite values at these inputs</source>
        <translation>forward a renvoyé des valeurs NaN ou infinies pour ces entrées</translation>
    </message>
    <message>
        <source>backward {raised}</source>
        <translation>backward {raised}</translation>
    </message>
    <message>
        <source>backward returned nothing</source>
        <translation>backward n&apos;a rien renvoyé</translation>
    </message>
    <message>
        <source>backward returned 1 gradient for {inputs} inputs ({names}); return one per input, in forward&apos;s order</source>
        <translation>backward a renvoyé 1 gradient pour {inputs} entrées ({names})&#x202f;; renvoyez-en un par entrée, dans l&apos;ordre de forward</translation>
    </message>
    <message>
        <source>backward returned {grads} gradients for {inputs} inputs ({names}); return one per input, in forward&apos;s order</source>
        <translation>backward a renvoyé {grads} gradients pour {inputs} entrées ({names})&#x202f;; renvoyez-en un par entrée, dans l&apos;ordre de forward</translation>
    </message>
    <message>
        <source>backward returned None for {name}; return ∂{name}</source>
        <translation>backward a renvoyé None pour {name}&#x202f;; renvoyez ∂{name}</translation>
    </message>
    <message>
        <source>∂{name} is {shape}, not {name}&apos;s shape {expected} (torch would sum it down silently, yet it is not the gradient)</source>
        <translation>∂{name} est de forme {shape}, pas de la forme {expected} de {name} (torch le sommerait sans rien dire, et pourtant ce n&apos;est pas le gradient)</translation>
    </message>
    <message>
        <source>∂{name} is {shape}, not {name}&apos;s shape {expected}</source>
        <translation>∂{name} est de forme {shape}, pas de la forme {expected} de {name}</translation>
    </message>
    <message>
        <source>∂{name} has NaN or infinite entries</source>
        <translation>∂{name} a des coefficients NaN ou infinis</translation>
    </message>
    <message>
        <source>∂{name}{entry}: yours {yours}, finite differences {numeric}</source>
        <translation>∂{name}{entry}&#xa0;: le vôtre {yours}, différences finies {numeric}</translation>
    </message>
    <message>
        <source>its forward raised {error} in every argument order and W layout</source>
        <translation>son forward a levé {error} dans chaque ordre des arguments et chaque disposition de W</translation>
    </message>
    <message>
        <source>its forward on (Ŷ, Y) of shape {shape} raised {error}</source>
        <translation>son forward sur (Ŷ, Y) de forme {shape} a levé {error}</translation>
    </message>
    <message>
        <source>its forward returned NaN or infinite values</source>
        <translation>son forward a renvoyé des valeurs NaN ou infinies</translation>
    </message>
    <message>
        <source>found no inputs its forward accepts (tried equal shapes (4, 3), vectors, scalars, products)</source>
        <translation>aucune entrée acceptée par son forward (essayé&#xa0;: formes égales (4, 3), vecteurs, scalaires, produits)</translation>
    </message>
    <message>
        <source>the loss is missing, NaN or infinite</source>
        <translation>le coût manque, ou il est NaN ou infini</translation>
    </message>
    <message>
        <source>no gradients came back</source>
        <translation>aucun gradient n&apos;est revenu</translation>
    </message>
    <message>
        <source>forward raised {error} in float64</source>
        <translation>forward a levé {error} en float64</translation>
    </message>
    <message>
        <source>{name}.grad is None after loss.backward()</source>
        <translation>{name}.grad vaut None après loss.backward()</translation>
    </message>
    <message>
        <source>{name}.grad is {shape} or not finite</source>
        <translation>{name}.grad est de forme {shape} ou n&apos;est pas fini</translation>
    </message>
    <message>
        <source>{name}.grad{entry}: {value}, finite differences {reference}</source>
        <translation>{name}.grad{entry}&#xa0;: {value}, différences finies {reference}</translation>
    </message>
    <message>
        <source>{name}: no Linear or MSE Function found: gradviz looks for subclasses of torch.autograd.Function or gradviz.engine.Function (define them in the file, e.g. `class Linear(torch.autograd.Function):`)</source>
        <translation>{name}&#xa0;: aucune Function Linear ou MSE trouvée&#xa0;: gradviz cherche des sous-classes de torch.autograd.Function ou de gradviz.engine.Function (définissez-les dans le fichier, p. ex. `class Linear(torch.autograd.Function):`)</translation>
    </message>
    <message>
        <source>{path}: no such file (check the path)</source>
        <translation>{path}&#xa0;: fichier introuvable (vérifiez le chemin)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: give the .py or .ipynb file</source>
        <translation>{path} est un dossier, pas un fichier&#xa0;: donnez le fichier .py ou .ipynb</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied): check its permissions</source>
        <translation>{path} ne peut pas être lu (permission refusée)&#xa0;: vérifiez ses droits</translation>
    </message>
    <message>
        <source>{path} is not a .py file or an .ipynb notebook: give your tp1.py (or rename it)</source>
        <translation>{path} n&apos;est ni un fichier .py ni un notebook .ipynb&#xa0;: donnez votre tp1.py (ou renommez-le)</translation>
    </message>
    <message>
        <source>{where}: {error}: {message} (fix the line and check again)</source>
        <translation>{where}&#xa0;: {error}&#xa0;: {message} (corrigez la ligne et vérifiez à nouveau)</translation>
    </message>
    <message>
        <source>{name}: {error} (save the file as plain UTF-8 text)</source>
        <translation>{name}&#xa0;: {error} (enregistrez le fichier en texte UTF-8 simple)</translation>
    </message>
    <message>
        <source>{name} uses PyTorch, which is not installed: pip install torch</source>
        <translation>{name} utilise PyTorch, qui n&apos;est pas installé&#xa0;: pip install torch</translation>
    </message>
    <message>
        <source>{name} imports {module}, which is not installed: pip install {package}</source>
        <translation>{name} importe {module}, qui n&apos;est pas installé&#xa0;: pip install {package}</translation>
    </message>
    <message>
        <source>{where}: the file calls sys.exit({code}) while it loads; remove the call or put the code that runs it under `if __name__ == &quot;__main__&quot;:`</source>
        <translation>{where}&#xa0;: le fichier appelle sys.exit({code}) pendant son chargement&#x202f;; retirez l&apos;appel ou mettez le code qui le lance sous `if __name__ == &quot;__main__&quot;:`</translation>
    </message>
    <message>
        <source>{name} imports a file that does not parse: {error}</source>
        <translation>{name} importe un fichier qui ne s&apos;analyse pas&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{where}: {error} (raised while the file loads: fix it, or put the code that runs it under `if __name__ == &quot;__main__&quot;:`)</source>
        <translation>{where}&#xa0;: {error} (levée pendant le chargement du fichier&#xa0;: corrigez-la, ou mettez le code qui la déclenche sous `if __name__ == &quot;__main__&quot;:`)</translation>
    </message>
    <message>
        <source>code cell {cell}, line {line}</source>
        <translation>cellule de code {cell}, ligne {line}</translation>
    </message>
    <message>
        <source>{name}: {error} (save the file as UTF-8)</source>
        <translation>{name}&#xa0;: {error} (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file is not {encoding} text ({error}); save it as UTF-8</source>
        <translation>{name}, ligne {line}&#xa0;: le fichier n&apos;est pas du texte {encoding} ({error})&#x202f;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a notebook: save it from Jupyter again</source>
        <translation>{name} n&apos;est pas du texte UTF-8, ce n&apos;est donc pas un notebook&#xa0;: enregistrez-le à nouveau depuis Jupyter</translation>
    </message>
    <message>
        <source>line {line}: {error}</source>
        <translation>ligne {line}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({reason}), so it is not a notebook: save it from Jupyter again, or give the .py file</source>
        <translation>{name} n&apos;est pas du JSON valide ({reason}), ce n&apos;est donc pas un notebook&#xa0;: enregistrez-le à nouveau depuis Jupyter, ou donnez le fichier .py</translation>
    </message>
    <message>
        <source>{name} is JSON but not a Jupyter notebook (it has no list of cells): give a .ipynb saved by Jupyter, or the .py file</source>
        <translation>{name} est du JSON mais pas un notebook Jupyter (il n&apos;a pas de liste de cellules)&#xa0;: donnez un .ipynb enregistré par Jupyter, ou le fichier .py</translation>
    </message>
    <message>
        <source>{name}: a code cell&apos;s source is not text; save the notebook from Jupyter again</source>
        <translation>{name}&#xa0;: la source d&apos;une cellule de code n&apos;est pas du texte&#x202f;; enregistrez le notebook à nouveau depuis Jupyter</translation>
    </message>
    <message>
        <source>gradviz could not start a process to check the file: {how} (a failure of gradviz, not of the file: check it again, and report it to gradviz if it goes on)</source>
        <translation>gradviz n&apos;a pas pu lancer de processus pour vérifier le fichier&#xa0;: {how} (une panne de gradviz, pas du fichier&#xa0;: vérifiez-le à nouveau, et signalez-le à gradviz si cela continue)</translation>
    </message>
    <message>
        <source>{name} did not finish loading within {seconds} s (it was running {line}): code at its top level runs too long or never ends (put it under `if __name__ == &quot;__main__&quot;:`)</source>
        <translation>{name} n&apos;a pas fini de se charger en {seconds} s (il exécutait la {line})&#xa0;: du code à son niveau principal dure trop longtemps ou ne finit jamais (mettez-le sous `if __name__ == &quot;__main__&quot;:`)</translation>
    </message>
    <message>
        <source>{name} did not finish loading within {seconds} s: code at its top level runs too long or never ends (put it under `if __name__ == &quot;__main__&quot;:`)</source>
        <translation>{name} n&apos;a pas fini de se charger en {seconds} s&#xa0;: du code à son niveau principal dure trop longtemps ou ne finit jamais (mettez-le sous `if __name__ == &quot;__main__&quot;:`)</translation>
    </message>
    <message>
        <source>it sent a malformed reply</source>
        <translation>il a envoyé une réponse mal formée</translation>
    </message>
    <message>
        <source>{name} ended its process while loading ({how}): remove the os._exit()/exit call, or put the code that runs under `if __name__ == &quot;__main__&quot;:`</source>
        <translation>{name} a mis fin à son processus pendant le chargement ({how})&#xa0;: retirez l&apos;appel à os._exit()/exit, ou mettez le code qui s&apos;exécute sous `if __name__ == &quot;__main__&quot;:`</translation>
    </message>
    <message>
        <source>it did not start within {seconds} s</source>
        <translation>il n&apos;a pas démarré en {seconds} s</translation>
    </message>
    <message>
        <source>it ended before it loaded the file ({status})</source>
        <translation>il s&apos;est arrêté avant de charger le fichier ({status})</translation>
    </message>
    <message>
        <source>it sent a malformed first message</source>
        <translation>il a envoyé un premier message mal formé</translation>
    </message>
    <message>
        <source>the file&apos;s process sent a malformed reply (it wrote to gradviz&apos;s channel)</source>
        <translation>le processus du fichier a envoyé une réponse mal formée (il a écrit sur le canal de gradviz)</translation>
    </message>
    <message>
        <source>{where} did not return within {seconds} s, still running {line}: an endless loop? (the file&apos;s process was stopped)</source>
        <translation>{where} n&apos;a pas rendu la main en {seconds} s, toujours à la {line}&#xa0;: une boucle sans fin&#x202f;? (le processus du fichier a été arrêté)</translation>
    </message>
    <message>
        <source>{where} did not return within {seconds} s: an endless loop? (the file&apos;s process was stopped)</source>
        <translation>{where} n&apos;a pas rendu la main en {seconds} s&#xa0;: une boucle sans fin&#x202f;? (le processus du fichier a été arrêté)</translation>
    </message>
    <message>
        <source>the file&apos;s process ended during {where} ({status}): os._exit() or exit() in the file, a crash in native code, or the memory limit</source>
        <translation>le processus du fichier s&apos;est arrêté pendant {where} ({status})&#xa0;: os._exit() ou exit() dans le fichier, un plantage dans du code natif, ou la limite de mémoire</translation>
    </message>
    <message>
        <source>it stopped answering</source>
        <translation>il ne répondait plus</translation>
    </message>
    <message>
        <source>killed by {signal}</source>
        <translation>tué par {signal}</translation>
    </message>
    <message>
        <source>killed by signal {number}</source>
        <translation>tué par le signal {number}</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <source>the file&apos;s process sent a malformed reply while loading</source>
        <translation>le processus du fichier a envoyé une réponse mal formée pendant le chargement</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>converged at it {iteration}: ‖∇C‖ fell below {tolerance} of its start; press Play to go on anyway</source>
        <translation>convergé à l&apos;it {iteration}&#xa0;: ‖∇C‖ est passée sous {tolerance} de sa valeur de départ&#x202f;; appuyez sur Lecture pour continuer quand même</translation>
    </message>
    <message>
        <source>it {iteration}{viewing} · epoch {epoch} · loss {loss}{test} · ‖∇C‖ {grad_norm} · lr {lr} ({critical}) · κ {kappa} · ‖θ−θ*‖ {distance} ({units}) · {path}{functions}</source>
        <translation>it {iteration}{viewing} · époque {epoch} · coût {loss}{test} · ‖∇C‖ {grad_norm} · lr {lr} ({critical}) · κ {kappa} · ‖θ−θ*‖ {distance} ({units}) · {path}{functions}</translation>
    </message>
    <message>
        <source>fast path</source>
        <translation>chemin rapide</translation>
    </message>
    <message>
        <source>graph path</source>
        <translation>chemin du graphe</translation>
    </message>
    <message>
        <source>the target {name} is {value} in every row, so there is nothing to fit; choose another target, or give the generator some slope or noise</source>
        <translation>la cible {name} vaut {value} dans chaque exemple, il n&apos;y a donc rien à ajuster&#x202f;; choisissez une autre cible, ou donnez au générateur une pente ou du bruit</translation>
    </message>
    <message>
        <source>{error} The run is paused at its last good step.</source>
        <translation>{error} L&apos;entraînement est en pause à sa dernière itération valable.</translation>
    </message>
    <message>
        <source> (test {loss})</source>
        <translation> (test {loss})</translation>
    </message>
    <message>
        <source> of {newest} (viewing the past)</source>
        <translation> sur {newest} (retour dans le passé)</translation>
    </message>
    <message>
        <source>no critical rate</source>
        <translation>pas de taux critique</translation>
    </message>
    <message>
        <source>critical {formula} = {lr}</source>
        <translation>critique {formula} = {lr}</translation>
    </message>
    <message>
        <source>, mistake mode</source>
        <translation>, mode erreur</translation>
    </message>
    <message>
        <source>, your Functions ({name})</source>
        <translation>, vos Functions ({name})</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>data seed</source>
        <translation>graine des données</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>pente</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>ordonnée à l&apos;origine</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>corrélation</translation>
    </message>
    <message>
        <source>bend</source>
        <translation>courbure</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>proportion</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>momentum β</source>
        <translation>momentum β</translation>
    </message>
    <message>
        <source>decay ρ</source>
        <translation>décroissance ρ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Ouvrir un CSV…</translation>
    </message>
    <message>
        <source>Standardize features</source>
        <translation>Standardiser les caractéristiques</translation>
    </message>
    <message>
        <source>Scale each feature to mean 0, std 1 (fitted on the train rows)</source>
        <translation>Ramène chaque caractéristique à une moyenne 0 et un écart type 1 (calculés sur les exemples d&apos;entraînement)</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <source>Seeds the train/test split and the batch order</source>
        <translation>Graine du partage entraînement/test et de l&apos;ordre des lots</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Batches and schedule</source>
        <translation>Lots et planification</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lot complet</translation>
    </message>
    <message>
        <source>Rows per step: 0 is the full batch, 1 is stochastic</source>
        <translation>Exemples par pas&#xa0;: 0 pour le lot complet, 1 pour le stochastique</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>How lr changes along the run: constant, step (halved now and then), exponential or cosine</source>
        <translation>Comment lr évolue pendant l&apos;entraînement&#xa0;: constant (constant), par paliers (step, divisé par deux de temps en temps), exponentiel (exponential) ou cosinus (cosine)</translation>
    </message>
    <message>
        <source>lr schedule</source>
        <translation>Planification de lr</translation>
    </message>
    <message>
        <source>Fast full-batch path</source>
        <translation>Chemin rapide (lot complet)</translation>
    </message>
    <message>
        <source>Full-batch gradients from ZᵀZ and ZᵀY, whose cost does not grow with the rows. Off: every step goes through Linear → MSE → backward.</source>
        <translation>Gradients du lot complet à partir de ZᵀZ et ZᵀY, dont le coût ne croît pas avec le nombre d&apos;exemples. Décoché&#xa0;: chaque pas passe par Linear → MSE → backward.</translation>
    </message>
</context>
<context>
    <name>CsvDialog</name>
    <message>
        <source>Open CSV: {name}</source>
        <translation>Ouvrir un CSV&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Tick the column to predict, or several: each target gets a column of W</source>
        <translation>Cochez la colonne à prédire, ou plusieurs&#xa0;: chaque cible a sa colonne de W</translation>
    </message>
    <message>
        <source>Tick the columns to use as features</source>
        <translation>Cochez les colonnes à utiliser comme caractéristiques</translation>
    </message>
    <message>
        <source>Targets (what to predict: one or several)</source>
        <translation>Cibles (ce qu&apos;il faut prédire&#xa0;: une ou plusieurs)</translation>
    </message>
    <message>
        <source>Features (the inputs)</source>
        <translation>Caractéristiques (les entrées)</translation>
    </message>
    <message>
        <source>First rows of &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation>Premières lignes de &lt;b&gt;{name}&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>{column} (text)</source>
        <translation>{column} (texte)</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 caractéristique</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} caractéristiques</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 cible</translation>
    </message>
    <message>
        <source>{p} targets</source>
        <translation>{p} cibles</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 composante</translation>
    </message>
    <message>
        <source>{p} entries</source>
        <translation>{p} composantes</translation>
    </message>
    <message>
        <source>{features} → {targets}: W is {n} × {p} (features × targets), b has {entries}</source>
        <translation>{features} → {targets}&#xa0;: W est {n} × {p} (caractéristiques × cibles), b a {entries}</translation>
    </message>
    <message>
        <source>Tick at least one target and one feature</source>
        <translation>Cochez au moins une cible et une caractéristique</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>Boston Housing (Harrison &amp; Rubinfeld, 1978): median home value (medv, in $1000s) of 506 Boston census tracts from 13 features, as in the course exercise. Warning: the feature `b` is racist. It is 1000(Bk − 0.63)², where Bk is the proportion of Black residents by town: it encodes the authors&apos; assumption that racial self-segregation raised house prices, and it cannot be inverted to recover Bk. scikit-learn removed the dataset in 1.2 for this reason; it is kept here only because the exercise uses it. Raw features span very different scales, so without standardization the Hessian is badly conditioned.</source>
        <translation>Boston Housing (Harrison &amp; Rubinfeld, 1978)&#xa0;: valeur médiane des logements (medv, en milliers de dollars) de 506 secteurs de recensement de Boston, à partir de 13 caractéristiques, comme dans l&apos;exercice du cours. Attention&#xa0;: la caractéristique `b` est raciste. Elle vaut 1000(Bk − 0,63)², où Bk est la proportion d&apos;habitants noirs par ville&#xa0;: elle encode l&apos;hypothèse des auteurs selon laquelle l&apos;auto-ségrégation raciale faisait monter les prix des logements, et elle ne peut pas être inversée pour retrouver Bk. scikit-learn a retiré ce jeu de données dans sa version 1.2 pour cette raison&#x202f;; il n&apos;est gardé ici que parce que l&apos;exercice l&apos;utilise. Les caractéristiques brutes ont des échelles très différentes&#xa0;: sans standardisation, la hessienne est mal conditionnée.</translation>
    </message>
    <message>
        <source>Diabetes (Efron, Hastie, Johnstone &amp; Tibshirani, 2004): disease progression one year after baseline for 442 patients, from age, sex, body-mass index, blood pressure and six blood serum measurements (s1–s6), in original units.</source>
        <translation>Diabetes (Efron, Hastie, Johnstone &amp; Tibshirani, 2004)&#xa0;: progression de la maladie un an après l&apos;examen initial chez 442 patients, à partir de l&apos;âge, du sexe, de l&apos;indice de masse corporelle, de la pression artérielle et de six mesures du sérum sanguin (s1–s6), en unités d&apos;origine.</translation>
    </message>
    <message>
        <source>Palmer Penguins (Gorman, Williams &amp; Fraser, 2014): body mass (g) of 342 penguins of three species from their flipper length (mm). Two rows without measurements are dropped.</source>
        <translation>Palmer Penguins (Gorman, Williams &amp; Fraser, 2014)&#xa0;: masse corporelle (g) de 342 manchots de trois espèces, à partir de la longueur de leur nageoire (mm). Deux exemples sans mesures sont écartés.</translation>
    </message>
    <message>
        <source>{name} is a fixed dataset and takes no parameters</source>
        <translation>{name} est un jeu de données fixe et ne prend aucun paramètre</translation>
    </message>
    <message>
        <source>{name} has no parameter {key}; its parameters are: {known}</source>
        <translation>{name} n&apos;a pas de paramètre {key}&#x202f;; ses paramètres sont&#xa0;: {known}</translation>
    </message>
    <message>
        <source>{name} {key}={value} is out of range; choose {low} to {high}</source>
        <translation>{name} {key}={value} est hors limites&#x202f;; choisissez une valeur de {low} à {high}</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose one of {names} or import a CSV file</source>
        <translation>jeu de données {name} inconnu&#x202f;; choisissez parmi {names} ou importez un fichier CSV</translation>
    </message>
    <message>
        <source>{name} has no column named {column}; its columns are: {columns}</source>
        <translation>{name} n&apos;a pas de colonne nommée {column}&#x202f;; ses colonnes sont&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>{listed}, … ({count} in all)</source>
        <translation>{listed}, … ({count} en tout)</translation>
    </message>
    <message>
        <source>{name} has no values: every cell is empty or marks a missing value</source>
        <translation>{name} ne contient aucune valeur&#xa0;: chaque cellule est vide ou marque une valeur manquante</translation>
    </message>
    <message>
        <source>{name} has no numeric columns: its numbers use decimal commas (like &apos;2,5&apos;); save it with decimal points</source>
        <translation>{name} n&apos;a aucune colonne numérique&#xa0;: ses nombres ont une virgule décimale (comme &apos;2,5&apos;)&#x202f;; enregistrez-le avec des points décimaux</translation>
    </message>
    <message>
        <source>{name} has no numeric columns (found {columns}); gradviz fits numbers, so the file needs at least two columns of numbers</source>
        <translation>{name} n&apos;a aucune colonne numérique (trouvé&#xa0;: {columns})&#x202f;; gradviz ajuste des nombres, le fichier doit donc avoir au moins deux colonnes de nombres</translation>
    </message>
    <message>
        <source>{name}, line {number}: {fields} fields, but the header has {width}; every line needs the same number of columns</source>
        <translation>{name}, ligne {number}&#xa0;: {fields} champs, mais l&apos;en-tête en a {width}&#x202f;; chaque ligne doit avoir le même nombre de colonnes</translation>
    </message>
    <message>
        <source>{name}, line {number}: {fields} fields, but the first line has {width}; every line needs the same number of columns</source>
        <translation>{name}, ligne {number}&#xa0;: {fields} champs, mais la première ligne en a {width}&#x202f;; chaque ligne doit avoir le même nombre de colonnes</translation>
    </message>
    <message>
        <source>{name} has no values, only delimiters; it needs at least 2 rows of numbers</source>
        <translation>{name} n&apos;a aucune valeur, seulement des séparateurs&#x202f;; il faut au moins 2 lignes de nombres</translation>
    </message>
    <message>
        <source>{name} has a header but no data rows; it needs at least 2 rows of numbers</source>
        <translation>{name} a un en-tête mais aucune ligne de données&#x202f;; il faut au moins 2 lignes de nombres</translation>
    </message>
    <message>
        <source>{name} has a single column; it needs a target and at least one feature</source>
        <translation>{name} n&apos;a qu&apos;une seule colonne&#x202f;; il faut une cible et au moins une caractéristique</translation>
    </message>
    <message>
        <source>{path}: no such file; check the path</source>
        <translation>{path}&#xa0;: fichier introuvable&#x202f;; vérifiez le chemin</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file; give the path of a .csv file in it</source>
        <translation>{path} est un dossier, pas un fichier CSV&#x202f;; donnez le chemin d&apos;un fichier .csv qu&apos;il contient</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, device or socket); save the data to a file and open that</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (c&apos;est un tube, un périphérique ou une socket)&#x202f;; enregistrez les données dans un fichier et ouvrez celui-ci</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a text file; save the data as CSV and open that</source>
        <translation>{name} n&apos;est pas un fichier texte&#x202f;; enregistrez les données en CSV et ouvrez celui-ci</translation>
    </message>
    <message>
        <source>{name} is empty; it needs a header row and at least 2 rows of numbers</source>
        <translation>{name} est vide&#x202f;; il faut une ligne d&apos;en-tête et au moins 2 lignes de nombres</translation>
    </message>
    <message>
        <source>{name} looks like JSON, not CSV; export the table as CSV</source>
        <translation>{name} ressemble à du JSON, pas à du CSV&#x202f;; exportez le tableau en CSV</translation>
    </message>
    <message>
        <source>{name}, line {number}: {error}; fix that line</source>
        <translation>{name}, ligne {number}&#xa0;: {error}&#x202f;; corrigez cette ligne</translation>
    </message>
    <message>
        <source>{name}, line {number}: a cell is longer than {limit} characters, which gradviz cannot read; shorten it or remove its column</source>
        <translation>{name}, ligne {number}&#xa0;: une cellule dépasse {limit} caractères, ce que gradviz ne peut pas lire&#x202f;; raccourcissez-la ou retirez sa colonne</translation>
    </message>
    <message>
        <source>{name}, line {number}: a quote (&quot;) opened here is never closed; close it or remove it</source>
        <translation>{name}, ligne {number}&#xa0;: un guillemet (&quot;) ouvert ici n&apos;est jamais fermé&#x202f;; fermez-le ou retirez-le</translation>
    </message>
    <message>
        <source>{name}, line {start}: a quoted cell runs on to line {end} (a quote (&quot;) left open?); close the quote on line {start}, or remove the line breaks inside it</source>
        <translation>{name}, ligne {start}&#xa0;: une cellule entre guillemets continue jusqu&apos;à la ligne {end} (un guillemet (&quot;) resté ouvert&#x202f;?)&#x202f;; fermez le guillemet à la ligne {start}, ou retirez les sauts de ligne qu&apos;elle contient</translation>
    </message>
    <message>
        <source>A noisy line: y = {slope}·x + {intercept} + N(0, {noise}²). With x standardized, the landscape of w and b is round, and gradient descent walks straight to the optimum.</source>
        <translation>Une droite bruitée&#xa0;: y = {slope}·x + {intercept} + N(0, {noise}²). Avec x standardisé, le paysage de w et b est rond, et la descente de gradient va droit à l&apos;optimum.</translation>
    </message>
    <message>
        <source>Two features with correlation {correlation}: y = x1 + 2·x2 + noise. Standardizing cannot remove the correlation, so gradient descent zig-zags down a narrow valley, which the landscape shows as w[x1] against w[x2].</source>
        <translation>Deux caractéristiques de corrélation {correlation}&#xa0;: y = x1 + 2·x2 + bruit. La standardisation ne peut pas supprimer la corrélation&#xa0;: la descente de gradient zigzague au fond d&apos;une vallée étroite, que le paysage montre en w[x1] contre w[x2].</translation>
    </message>
    <message>
        <source>A line with outliers: y = 2·x + 1 + noise, with {hit} of {n} points pushed up by {low} to {high}. The least-squares line tilts toward them.</source>
        <translation>Une droite avec des valeurs aberrantes&#xa0;: y = 2·x + 1 + bruit, avec {hit} points sur {n} poussés vers le haut de {low} à {high}. La droite des moindres carrés penche vers eux.</translation>
    </message>
    <message>
        <source>A parabola, y = {bend}·x² + noise. A line cannot fit it: the best one is nearly flat and the residuals curve.</source>
        <translation>Une parabole, y = {bend}·x² + bruit. Une droite ne peut pas l&apos;ajuster&#xa0;: la meilleure est presque plate et les résidus dessinent une courbe.</translation>
    </message>
    <message>
        <source>A noisy line</source>
        <translation>Une droite bruitée</translation>
    </message>
    <message>
        <source>Two strongly correlated features</source>
        <translation>Deux caractéristiques fortement corrélées</translation>
    </message>
    <message>
        <source>A line with outliers</source>
        <translation>Une droite avec des valeurs aberrantes</translation>
    </message>
    <message>
        <source>A parabola no line can fit</source>
        <translation>Une parabole qu&apos;aucune droite n&apos;ajuste</translation>
    </message>
    <message>
        <source>{name}, line {number}, column {column}: {cell} is not a number (a decimal comma? use a dot); fix the cell or leave it empty to drop the row</source>
        <translation>{name}, ligne {number}, colonne {column}&#xa0;: {cell} n&apos;est pas un nombre (une virgule décimale&#x202f;? utilisez un point)&#x202f;; corrigez la cellule ou laissez-la vide pour écarter la ligne</translation>
    </message>
    <message>
        <source>{name}, line {number}, column {column}: {cell} is not a number; fix the cell or leave it empty to drop the row</source>
        <translation>{name}, ligne {number}, colonne {column}&#xa0;: {cell} n&apos;est pas un nombre&#x202f;; corrigez la cellule ou laissez-la vide pour écarter la ligne</translation>
    </message>
    <message>
        <source>{name}, line {number}, column {column}: {cell} is not a finite number (float64 ends near 1.8e308); write a finite value, or leave the cell empty to drop the row</source>
        <translation>{name}, ligne {number}, colonne {column}&#xa0;: {cell} n&apos;est pas un nombre fini (float64 s&apos;arrête vers 1.8e308)&#x202f;; écrivez une valeur finie, ou laissez la cellule vide pour écarter la ligne</translation>
    </message>
    <message>
        <source>target {column} is listed twice; list each target once</source>
        <translation>la cible {column} est donnée deux fois&#x202f;; donnez chaque cible une seule fois</translation>
    </message>
    <message>
        <source>feature {column} is listed twice; list each feature once</source>
        <translation>la caractéristique {column} est donnée deux fois&#x202f;; donnez chaque caractéristique une seule fois</translation>
    </message>
    <message>
        <source>{name}: column {column} has no values (every cell read is empty or marks a missing value); fill it in, or choose other columns</source>
        <translation>{name}&#xa0;: la colonne {column} n&apos;a aucune valeur (chaque cellule lue est vide ou marque une valeur manquante)&#x202f;; remplissez-la, ou choisissez d&apos;autres colonnes</translation>
    </message>
    <message>
        <source>{name}: no target column chosen; choose at least one</source>
        <translation>{name}&#xa0;: aucune colonne cible choisie&#x202f;; choisissez-en au moins une</translation>
    </message>
    <message>
        <source>{column} is a target, so it cannot also be a feature; leave it out of the features</source>
        <translation>{column} est une cible, elle ne peut donc pas être aussi une caractéristique&#x202f;; retirez-la des caractéristiques</translation>
    </message>
    <message>
        <source>{name}: no feature columns besides the target {target}; choose at least one</source>
        <translation>{name}&#xa0;: aucune colonne de caractéristique en dehors de la cible {target}&#x202f;; choisissez-en au moins une</translation>
    </message>
    <message>
        <source>{name}: no feature columns besides the targets {targets}; leave at least one column out of the targets</source>
        <translation>{name}&#xa0;: aucune colonne de caractéristique en dehors des cibles {targets}&#x202f;; laissez au moins une colonne hors des cibles</translation>
    </message>
    <message>
        <source>{name}: column {column} holds text, not numbers; numeric columns are: {columns}</source>
        <translation>{name}&#xa0;: la colonne {column} contient du texte, pas des nombres&#x202f;; les colonnes numériques sont&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>{name} has {usable} usable row(s) after dropping {dropped} with missing values; at least 2 are needed</source>
        <translation>{name} a {usable} ligne(s) utilisable(s) après avoir écarté {dropped} lignes à valeurs manquantes&#x202f;; il en faut au moins 2</translation>
    </message>
    <message>
        <source>{name}: feature {feature} has the same value in every row, so it carries no information and cannot be standardized; leave it out of the features</source>
        <translation>{name}&#xa0;: la caractéristique {feature} a la même valeur sur chaque ligne, elle n&apos;apporte donc aucune information et ne peut pas être standardisée&#x202f;; retirez-la des caractéristiques</translation>
    </message>
    <message>
        <source>dropped {dropped} of {total} rows with missing values</source>
        <translation>lignes écartées pour valeurs manquantes&#xa0;: {dropped} sur {total}</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, 1 feature → {targets}.</source>
        <translation>{name}&#xa0;: {rows} exemples, 1 caractéristique → {targets}.</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, {n} features → {targets}.</source>
        <translation>{name}&#xa0;: {rows} exemples, {n} caractéristiques → {targets}.</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Step {iteration} → {next}, sub-step {k} of {count}: {substep}</source>
        <translation>Pas {iteration} → {next}, sous-étape {k} sur {count}&#xa0;: {substep}</translation>
    </message>
    <message>
        <source>The batch: all {q} training rows.</source>
        <translation>Le lot&#xa0;: les {q} exemples d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The batch: a mini-batch of {q} rows. The Gradient panel shows the full-batch gradient, so its bars differ from these numbers.</source>
        <translation>Le lot&#xa0;: un mini-lot de {q} exemples. Le panneau Gradient montre le gradient sur le lot complet, donc ses barres diffèrent de ces nombres.</translation>
    </message>
    <message>
        <source>Training used sufficient statistics; these are the numbers of the real graph of the same step.</source>
        <translation>L&apos;entraînement a utilisé des statistiques suffisantes&#x202f;; voici les nombres du vrai graphe du même pas.</translation>
    </message>
    <message>
        <source>q = {q} examples, n = {n} features, p = {p} outputs: X ∈ ℝ&lt;sup&gt;q×n&lt;/sup&gt;, W ∈ ℝ&lt;sup&gt;n×p&lt;/sup&gt;, b ∈ ℝ&lt;sup&gt;p&lt;/sup&gt;, and Y, Ŷ ∈ ℝ&lt;sup&gt;q×p&lt;/sup&gt;.</source>
        <translation>q = {q} exemples, n = {n} caractéristiques, p = {p} sorties&#xa0;: X ∈ ℝ&lt;sup&gt;q×n&lt;/sup&gt;, W ∈ ℝ&lt;sup&gt;n×p&lt;/sup&gt;, b ∈ ℝ&lt;sup&gt;p&lt;/sup&gt;, et Y, Ŷ ∈ ℝ&lt;sup&gt;q×p&lt;/sup&gt;.</translation>
    </message>
    <message>
        <source>…not computed yet at this sub-step</source>
        <translation>…pas encore calculé à cette sous-étape</translation>
    </message>
    <message>
        <source>Q1 · The chain rule through one node h</source>
        <translation>Q1 · La règle de dérivation en chaîne à travers un nœud h</translation>
    </message>
    <message>
        <source>In matrix form, each backward receives G = ∂L/∂output, shaped like the output, and returns ∂L/∂input, shaped like each input.</source>
        <translation>Sous forme matricielle, chaque backward reçoit G = ∂L/∂sortie, de la forme de la sortie, et renvoie ∂L/∂entrée, de la forme de chaque entrée.</translation>
    </message>
    <message>
        <source>Here MSE.backward receives ∂C/∂C = 1 and returns δ = ∂C/∂Ŷ, of shape {y}; Linear.backward receives δ and returns ∂C/∂W, of shape {w}, and ∂C/∂b, of shape {b}.</source>
        <translation>Ici MSE.backward reçoit ∂C/∂C = 1 et renvoie δ = ∂C/∂Ŷ, de forme {y}&#x202f;; Linear.backward reçoit δ et renvoie ∂C/∂W, de forme {w}, et ∂C/∂b, de forme {b}.</translation>
    </message>
    <message>
        <source>Q2 · The scalar case: one example, one feature</source>
        <translation>Q2 · Le cas scalaire&#xa0;: un exemple, une caractéristique</translation>
    </message>
    <message>
        <source>Row 1 of the batch{row}, for {label}:</source>
        <translation>Exemple 1 du lot{row}, pour {label}&#xa0;:</translation>
    </message>
    <message>
        <source> (training row {row})</source>
        <translation> (exemple d&apos;entraînement {row})</translation>
    </message>
    <message>
        <source>With {n} features, ŷ = Σ&lt;sub&gt;k&lt;/sub&gt; x&lt;sub&gt;k&lt;/sub&gt;w&lt;sub&gt;k&lt;/sub&gt; + b: the same formulas hold for each w.</source>
        <translation>Avec {n} caractéristiques, ŷ = Σ&lt;sub&gt;k&lt;/sub&gt; x&lt;sub&gt;k&lt;/sub&gt;w&lt;sub&gt;k&lt;/sub&gt; + b&#xa0;: les mêmes formules valent pour chaque w.</translation>
    </message>
    <message>
        <source>The batch&apos;s gradient is the mean of these over its q rows (Q3, Q5).</source>
        <translation>Le gradient du lot est la moyenne de ceux-ci sur ses q exemples (Q3, Q5).</translation>
    </message>
    <message>
        <source>Q3 · Element by element</source>
        <translation>Q3 · Coefficient par coefficient</translation>
    </message>
    <message>
        <source>Q4 · Matrix form, with the shapes (q = {q}, n = {n}, p = {p})</source>
        <translation>Q4 · Forme matricielle, avec les formes (q = {q}, n = {n}, p = {p})</translation>
    </message>
    <message>
        <source>torch.nn.MSELoss averages over all q·p = {qp} entries, so it is C/p: its gradients are p = {p} times smaller than the course&apos;s mse, which divides by q = {q} only, and the same lr takes steps {p} times shorter.</source>
        <translation>torch.nn.MSELoss fait la moyenne sur les q·p = {qp} coefficients, c&apos;est donc C/p&#xa0;: ses gradients sont p = {p} fois plus petits que ceux de la mse du cours, qui divise par q = {q} seulement, et le même lr fait des pas {p} fois plus courts.</translation>
    </message>
    <message>
        <source>torch.nn.MSELoss divides by q·p; with p = 1 that is q = {q}, as the course&apos;s mse does. With p targets it would be p times smaller.</source>
        <translation>torch.nn.MSELoss divise par q·p&#x202f;; avec p = 1 cela fait q = {q}, comme la mse du cours. Avec p sorties, il serait p fois plus petit.</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>un scalaire</translation>
    </message>
    <message>
        <source>{formula} is not computed: X needs no gradient</source>
        <translation>{formula} n&apos;est pas calculé&#xa0;: X n&apos;a pas besoin de gradient</translation>
    </message>
    <message>
        <source>Q5 · ∂C/∂{label} with the current numbers</source>
        <translation>Q5 · ∂C/∂{label} avec les nombres actuels</translation>
    </message>
    <message>
        <source>the sum of all {q} terms</source>
        <translation>la somme des {q} termes</translation>
    </message>
    <message>
        <source>{where}, the bar of {label} in the Gradient panel, in the units the run trains in</source>
        <translation>{where}, la barre de {label} dans le panneau Gradient, dans les unités de l&apos;entraînement</translation>
    </message>
    <message>
        <source>The update: {symbol} ← {symbol} − lr·∂C/∂{symbol} = {old} − {lr}·{grad} = {new}</source>
        <translation>La mise à jour&#xa0;: {symbol} ← {symbol} − lr·∂C/∂{symbol} = {old} − {lr}·{grad} = {new}</translation>
    </message>
    <message>
        <source>The update ({optimizer}): {symbol} goes from {old} to {new}</source>
        <translation>La mise à jour ({optimizer})&#xa0;: {symbol} passe de {old} à {new}</translation>
    </message>
    <message>
        <source>Common mistakes, on this batch</source>
        <translation>Erreurs fréquentes, sur ce lot</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong order.&lt;/b&gt; (Ŷ − Y)·Xᵀ instead of Xᵀ(Ŷ − Y) multiplies ({left})·({right}): </source>
        <translation>&lt;b&gt;Mauvais ordre.&lt;/b&gt; (Ŷ − Y)·Xᵀ au lieu de Xᵀ(Ŷ − Y) multiplie ({left})·({right})&#xa0;: </translation>
    </message>
    <message>
        <source>a shape error, the inner sizes {a} and {b} differ; ∇W is {correct}.</source>
        <translation>une erreur de forme, les tailles intérieures {a} et {b} diffèrent&#x202f;; ∇W est {correct}.</translation>
    </message>
    <message>
        <source>it aligns only because p = n = {p}, and gives a {result} matrix, not the {correct} ∇W.</source>
        <translation>les formes s&apos;accordent seulement parce que p = n = {p}, et cela donne une matrice {result}, pas le ∇W {correct}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ones for ∂C/∂b.&lt;/b&gt; A {jacobian} matrix of ones is ∂Ŷ/∂b, a Jacobian block, not the gradient. The gradient is its product with δ, the column sums of δ, of shape ({p},): ∇b = {value}.</source>
        <translation>&lt;b&gt;Des uns pour ∂C/∂b.&lt;/b&gt; Une matrice {jacobian} de uns est ∂Ŷ/∂b, un bloc de la jacobienne, pas le gradient. Le gradient est son produit avec δ, les sommes des colonnes de δ, de forme ({p},)&#xa0;: ∇b = {value}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropping the 1/q.&lt;/b&gt; ∂C/∂{label} would read {value}, {q} times too large. The critical learning rate falls from 2/λmax = {critical} to {critical}/{q} = {slip}: at lr = {lr}, gradient descent {fate}.</source>
        <translation>&lt;b&gt;Oublier le 1/q.&lt;/b&gt; ∂C/∂{label} vaudrait {value}, {q} fois trop grand. Le taux d&apos;apprentissage critique tombe de 2/λmax = {critical} à {critical}/{q} = {slip}&#xa0;: à lr = {lr}, la descente de gradient {fate}.</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>diverge</translation>
    </message>
    <message>
        <source>still converges</source>
        <translation>converge encore</translation>
    </message>
    <message>
        <source> One such step takes C from {before} to {after}.</source>
        <translation> Un tel pas fait passer C de {before} à {after}.</translation>
    </message>
    <message>
        <source> This run&apos;s {optimizer} divides each step by the gradient&apos;s running size, so it would hardly notice.</source>
        <translation> L&apos;optimiseur {optimizer} de cette exécution divise chaque pas par la taille courante du gradient&#xa0;: il s&apos;en apercevrait à peine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flipping the sign.&lt;/b&gt; δ = (2/q)(Y − Ŷ), or θ ← θ + lr∇C, climbs the loss: gradient ascent.</source>
        <translation>&lt;b&gt;Inverser le signe.&lt;/b&gt; δ = (2/q)(Y − Ŷ), ou θ ← θ + lr∇C, fait monter le coût&#xa0;: c&apos;est une montée de gradient.</translation>
    </message>
    <message>
        <source> One step at lr = {lr} takes C from {before} up to {ascent}, where a correct one takes it down to {descent}.</source>
        <translation> Un pas à lr = {lr} fait monter C de {before} à {ascent}, là où un pas correct le fait descendre à {descent}.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>or use `gradviz snapshot --out shot.png` or `gradviz train`, which need no window</source>
        <translation>ou utilisez `gradviz snapshot --out shot.png` ou `gradviz train`, qui n&apos;ont pas besoin de fenêtre</translation>
    </message>
    <message>
        <source>the X server lacks an extension Qt needs</source>
        <translation>il manque au serveur X une extension dont Qt a besoin</translation>
    </message>
    <message>
        <source>not enough memory to connect</source>
        <translation>pas assez de mémoire pour se connecter</translation>
    </message>
    <message>
        <source>a request was too long</source>
        <translation>une requête était trop longue</translation>
    </message>
    <message>
        <source>DISPLAY={display} is not a display name like :0 or localhost:10.0</source>
        <translation>DISPLAY={display} n&apos;est pas un nom d&apos;affichage comme :0 ou localhost:10.0</translation>
    </message>
    <message>
        <source>DISPLAY={display} names a screen that the X server does not have</source>
        <translation>DISPLAY={display} désigne un écran que le serveur X n&apos;a pas</translation>
    </message>
    <message>
        <source>Qt&apos;s {plugin} plugin cannot load ({error}); reinstall PySide6 (pip install --force-reinstall PySide6-Essentials)</source>
        <translation>le greffon {plugin} de Qt ne se charge pas ({error})&#x202f;; réinstallez PySide6 (pip install --force-reinstall PySide6-Essentials)</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform plugin needs {names}, which PySide6 should have installed; reinstall it (pip install --force-reinstall PySide6-Essentials)</source>
        <translation>le greffon de plateforme {platform} de Qt a besoin de {names}, que PySide6 aurait dû installer&#x202f;; réinstallez-le (pip install --force-reinstall PySide6-Essentials)</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform plugin needs {names}, which is not installed; install it with `sudo apt-get install {packages}` (Debian and Ubuntu names), {way_out}</source>
        <translation>le greffon de plateforme {platform} de Qt a besoin de {names}, qui n&apos;est pas installée&#x202f;; installez-la avec `sudo apt-get install {packages}` (noms Debian et Ubuntu), {way_out}</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform plugin needs {names}, which are not installed; install them with `sudo apt-get install {packages}` (Debian and Ubuntu names), {way_out}</source>
        <translation>le greffon de plateforme {platform} de Qt a besoin de {names}, qui ne sont pas installées&#x202f;; installez-les avec `sudo apt-get install {packages}` (noms Debian et Ubuntu), {way_out}</translation>
    </message>
    <message>
        <source>the X server at DISPLAY={display} refused the connection (see XAUTHORITY and xhost)</source>
        <translation>le serveur X de DISPLAY={display} a refusé la connexion (voir XAUTHORITY et xhost)</translation>
    </message>
    <message>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>aucun serveur X ne répond à DISPLAY={display}</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set, so no Wayland compositor can be found</source>
        <translation>XDG_RUNTIME_DIR n&apos;est pas définie, aucun compositeur Wayland ne peut donc être trouvé</translation>
    </message>
    <message>
        <source>no Wayland compositor listens at {path}</source>
        <translation>aucun compositeur Wayland n&apos;écoute sur {path}</translation>
    </message>
    <message>
        <source>DISPLAY is not set</source>
        <translation>DISPLAY n&apos;est pas définie</translation>
    </message>
    <message>
        <source>DISPLAY is empty</source>
        <translation>DISPLAY est vide</translation>
    </message>
    <message>
        <source>no display to open a window on ({reasons}); run gradviz in a desktop session (or correct the variable), {way_out}</source>
        <translation>aucun affichage où ouvrir une fenêtre ({reasons})&#x202f;; lancez gradviz dans une session de bureau (ou corrigez la variable), {way_out}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): the gradient of {functions} is the likely cause, not lr {lr}, so the loss grew without bound. Check their backward (the Gradient check tab), or go back to gradviz&apos;s own Functions.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous})&#xa0;: la cause probable est le gradient de {functions}, pas lr {lr}, donc le coût a crû sans limite. Vérifiez leur backward (onglet Vérification du gradient) ou revenez aux Functions de gradviz.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): the gradient of {functions} is the likely cause, not lr {lr} (below the critical {formula} = {critical}), so the loss grew without bound. Check their backward (the Gradient check tab), or go back to gradviz&apos;s own Functions.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous})&#xa0;: la cause probable est le gradient de {functions}, pas lr {lr} (sous le taux critique {formula} = {critical}), donc le coût a crû sans limite. Vérifiez leur backward (onglet Vérification du gradient) ou revenez aux Functions de gradviz.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): lr {lr} is above the critical {formula} = {critical} of {optimizer}, so the loss grew without bound. Use a learning rate below {below}.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous})&#xa0;: lr {lr} dépasse le taux critique {formula} = {critical} de {optimizer}, donc le coût a crû sans limite. Prenez un taux d&apos;apprentissage inférieur à {below}.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): {optimizer} with lr {lr} overshoots, so the loss grew without bound. Use a smaller learning rate: {optimizer} converges below {below}.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous})&#xa0;: {optimizer} avec lr {lr} dépasse l&apos;optimum à chaque pas, donc le coût a crû sans limite. Prenez un taux d&apos;apprentissage plus petit&#xa0;: {optimizer} converge sous {below}.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): {optimizer} with lr {lr} overshoots, so the loss grew without bound. Use a smaller learning rate, {below} say ({optimizer} has no critical rate).</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous})&#xa0;: {optimizer} avec lr {lr} dépasse l&apos;optimum à chaque pas, donc le coût a crû sans limite. Prenez un taux d&apos;apprentissage plus petit, {below} par exemple ({optimizer} n&apos;a pas de taux critique).</translation>
    </message>
    <message>
        <source>the training loss</source>
        <translation>le coût d&apos;entraînement</translation>
    </message>
    <message>
        <source>the test loss</source>
        <translation>le coût de test</translation>
    </message>
    <message>
        <source>{what} is {value}</source>
        <translation>{what} vaut {value}</translation>
    </message>
    <message>
        <source>the start point (W0, b0) is too far from the data: {problems} there, beyond what float64 holds; start nearer, with W0 and b0 at zeros (the default) or of the size of the least-squares solution</source>
        <translation>le point de départ (W0, b0) est trop loin des données&#xa0;: {problems} en ce point, au-delà de ce que float64 représente&#x202f;; partez plus près, avec W0 et b0 nuls (par défaut) ou de la taille de la solution des moindres carrés</translation>
    </message>
    <message>
        <source>{name} scales its steps by the gradients seen: no critical learning rate exists</source>
        <translation>{name} met ses pas à l&apos;échelle des gradients déjà vus&#xa0;: il n&apos;existe pas de taux d&apos;apprentissage critique</translation>
    </message>
    <message>
        <source>the loss is flat (λmax = 0): every learning rate converges</source>
        <translation>le coût est plat (λmax = 0)&#xa0;: tout taux d&apos;apprentissage converge</translation>
    </message>
    <message>
        <source>λmax(batch)</source>
        <translation>λmax(lot)</translation>
    </message>
    <message>
        <source>{name} converges iff lr &lt; {formula} = {lr}</source>
        <translation>{name} converge si et seulement si lr &lt; {formula} = {lr}</translation>
    </message>
    <message>
        <source>{name} converges for lr &lt; {formula} = {lr}, λmax of the batches of {size} drawn</source>
        <translation>{name} converge pour lr &lt; {formula} = {lr}, λmax des lots de {size} tirés</translation>
    </message>
    <message>
        <source>{linear} and {mse}</source>
        <translation>{linear} et {mse}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>The whole window</source>
        <translation>La fenêtre entière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>All four plots (one file each)</source>
        <translation>Les quatre graphiques (un fichier chacun)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>gradviz sessions (*.json)</source>
        <translation>Sessions gradviz (*.json)</translation>
    </message>
    <message>
        <source>Open CSV</source>
        <translation>Ouvrir un CSV</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>gradviz sessions (*.json);;All files (*)</source>
        <translation>Sessions gradviz (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>Exporter la fenêtre</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export plots as SVG</source>
        <translation>Exporter les graphiques en SVG</translation>
    </message>
    <message>
        <source>Plot:</source>
        <translation>Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <source>Animate:</source>
        <translation>Animer&#xa0;:</translation>
    </message>
    <message>
        <source>GIF animations (*.gif);;MP4 videos (*.mp4)</source>
        <translation>Animations GIF (*.gif);;Vidéos MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Writing the animation…</source>
        <translation>Écriture de l&apos;animation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Animation cancelled: nothing was written</source>
        <translation>Animation annulée&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Qt could not write the PNG</source>
        <translation>Qt n&apos;a pas pu écrire le PNG</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d&apos;enregistrer {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <source>gradviz cannot write .{suffix} files</source>
        <translation>gradviz ne sait pas écrire de fichiers .{suffix}</translation>
    </message>
    <message>
        <source>the name has no extension</source>
        <translation>le nom n&apos;a pas d&apos;extension</translation>
    </message>
    <message>
        <source>cannot save {path}: {found}; end the name with {offered}</source>
        <translation>impossible d&apos;enregistrer {path}&#xa0;: {found}&#x202f;; terminez le nom par {offered}</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>predicted vs actual</source>
        <translation>prédit contre réel</translation>
    </message>
    <message>
        <source>model below the view ↓</source>
        <translation>modèle sous la vue ↓</translation>
    </message>
    <message>
        <source>model above the view ↑</source>
        <translation>modèle au-dessus de la vue ↑</translation>
    </message>
    <message>
        <source>With several targets: the one whose data and fit are drawn</source>
        <translation>Avec plusieurs cibles&#xa0;: celle dont les données et l&apos;ajustement sont tracés</translation>
    </message>
    <message>
        <source>target:</source>
        <translation>cible&#xa0;:</translation>
    </message>
    <message>
        <source>With several features: what the horizontal axis shows</source>
        <translation>Avec plusieurs caractéristiques&#xa0;: ce que montre l&apos;axe horizontal</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>résidus</translation>
    </message>
    <message>
        <source>Show the vertical distance from each point to the model</source>
        <translation>Montrer la distance verticale de chaque point au modèle</translation>
    </message>
    <message>
        <source>x axis:</source>
        <translation>axe x&#xa0;:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>actual {target}</source>
        <translation>{target} réel</translation>
    </message>
    <message>
        <source>predicted {target}</source>
        <translation>{target} prédit</translation>
    </message>
    <message>
        <source>Fit: predicted against actual {target}</source>
        <translation>Ajustement&#xa0;: {target} prédit contre réel</translation>
    </message>
    <message>
        <source>Fit: {target} against {feature} (other features at their means)</source>
        <translation>Ajustement&#xa0;: {target} selon {feature} (les autres caractéristiques à leur moyenne)</translation>
    </message>
    <message>
        <source>Fit: {target} against {feature}</source>
        <translation>Ajustement&#xa0;: {target} selon {feature}</translation>
    </message>
    <message>
        <source>model now (train)</source>
        <translation>modèle actuel (entraînement)</translation>
    </message>
    <message>
        <source>perfect: ŷ = y</source>
        <translation>parfait&#xa0;: ŷ = y</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>moindres carrés</translation>
    </message>
    <message>
        <source>train (density)</source>
        <translation>entraînement (densité)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test (density)</source>
        <translation>test (densité)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>model now</source>
        <translation>modèle actuel</translation>
    </message>
    <message>
        <source>density of {n} points</source>
        <translation>densité de {n} points</translation>
    </message>
    <message>
        <source>{shown} of {n} points</source>
        <translation>{shown} points sur {n}</translation>
    </message>
</context>
<context>
    <name>FunctionsActions</name>
    <message>
        <source>Checking {name} in a separate process…</source>
        <translation>Vérification de {name} dans un processus séparé…</translation>
    </message>
    <message>
        <source>The dashed path and curve are the correct run, with gradviz&apos;s own Functions.</source>
        <translation>Le chemin et la courbe en tirets sont l&apos;entraînement correct, avec les Functions de gradviz.</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Use gradviz&apos;s Functions</source>
        <translation>Functions de gradviz</translation>
    </message>
    <message>
        <source>Check of your Functions</source>
        <translation>Vérification de vos Functions</translation>
    </message>
    <message>
        <source>Use my Functions</source>
        <translation>Utiliser mes Functions</translation>
    </message>
    <message>
        <source>Python files and notebooks (*.py *.ipynb);;All files (*)</source>
        <translation>Fichiers Python et notebooks (*.py *.ipynb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>gradviz could not check {name}: {error}</source>
        <translation>gradviz n&apos;a pas pu vérifier {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>check of {name}: PASS</source>
        <translation>vérification de {name}&#xa0;: RÉUSSI</translation>
    </message>
    <message>
        <source>check of {name}: FAIL, see Report…</source>
        <translation>vérification de {name}&#xa0;: ÉCHEC, voir Rapport…</translation>
    </message>
    <message>
        <source>cannot train with {name}: {error}</source>
        <translation>impossible d&apos;entraîner avec {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistake mode: {mistake}.&lt;/b&gt; {sentence} {ghost}</source>
        <translation>&lt;b&gt;Mode erreur&#xa0;: {mistake}.&lt;/b&gt; {sentence} {ghost}</translation>
    </message>
    <message>
        <source> Check: PASS.</source>
        <translation> Vérification&#xa0;: RÉUSSI.</translation>
    </message>
    <message>
        <source> Check: FAIL ({slips})</source>
        <translation> Vérification&#xa0;: ÉCHEC ({slips})</translation>
    </message>
    <message>
        <source> Check: FAIL</source>
        <translation> Vérification&#xa0;: ÉCHEC</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training with your Linear and MSE from {name}&lt;/b&gt; (graph path).{verdict} {ghost}</source>
        <translation>&lt;b&gt;Entraînement avec vos Linear et MSE de {name}&lt;/b&gt; (chemin du graphe).{verdict} {ghost}</translation>
    </message>
</context>
<context>
    <name>Gradcheck</name>
    <message>
        <source>{function}.{method} raised {error}: {message} (at inputs of shapes {shapes})</source>
        <translation>{function}.{method} a levé {error}&#xa0;: {message} (pour des entrées de formes {shapes})</translation>
    </message>
    <message>
        <source>{function}.forward returned {type} {value}, not real numbers; return an array or a float</source>
        <translation>{function}.forward a rendu {type} {value}, pas des nombres réels&#x202f;; rendez un tableau ou un float</translation>
    </message>
    <message>
        <source>{function}: the output is NaN or infinite at these inputs; check with smaller inputs</source>
        <translation>{function}&#xa0;: la sortie est NaN ou infinie pour ces entrées&#x202f;; vérifiez avec des entrées plus petites</translation>
    </message>
    <message>
        <source>{function}.backward returned a {type}, not a tuple of gradients; return one gradient per input, in order (a tuple of {count})</source>
        <translation>{function}.backward a rendu un {type}, pas un tuple de gradients&#x202f;; rendez un gradient par entrée, dans l&apos;ordre (un tuple de {count})</translation>
    </message>
    <message>
        <source>1 gradient</source>
        <translation>1 gradient</translation>
    </message>
    <message>
        <source>{n} gradients</source>
        <translation>{n} gradients</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <source>{function}.backward returned {gradients} for {inputs}; return one gradient per input, in order</source>
        <translation>{function}.backward a rendu {gradients} pour {inputs}&#x202f;; rendez un gradient par entrée, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>{function}.backward: the gradient for {input}</source>
        <translation>{function}.backward&#xa0;: le gradient de l&apos;{input}</translation>
    </message>
    <message>
        <source>{where} is None; return a gradient for every input</source>
        <translation>{where} est None&#x202f;; rendez un gradient pour chaque entrée</translation>
    </message>
    <message>
        <source>{where} is not real numbers ({what}); return a float array</source>
        <translation>{where} n&apos;est pas fait de nombres réels ({what})&#x202f;; rendez un tableau de floats</translation>
    </message>
    <message>
        <source>{where} has shape {shape}, expected {expected} (the input&apos;s shape); return one entry per entry of the input, never a shape that broadcasts to it</source>
        <translation>{where} a la forme {shape}, attendu {expected} (la forme de l&apos;entrée)&#x202f;; rendez un coefficient par coefficient de l&apos;entrée, jamais une forme qui s&apos;y diffuse (broadcast)</translation>
    </message>
    <message>
        <source>{failure}, at a step of a finite difference</source>
        <translation>{failure}, à un pas d&apos;une différence finie</translation>
    </message>
    <message>
        <source>{at}, not both finite; check with smaller inputs or a smaller eps</source>
        <translation>{at}, pas tous deux finis&#x202f;; vérifiez avec des entrées plus petites ou un eps plus petit</translation>
    </message>
    <message>
        <source>{at}, |difference| {error} &gt; atol + rtol·|numeric| = {tolerance}</source>
        <translation>{at}, |différence| {error} &gt; atol + rtol·|numérique| = {tolerance}</translation>
    </message>
    <message>
        <source>{function}: {input} (shape {shape}), entry {entry}: analytic {analytic}, numeric {numeric}</source>
        <translation>{function}&#xa0;: {input} (forme {shape}), coefficient {entry}&#xa0;: analytique {analytic}, numérique {numeric}</translation>
    </message>
    <message>
        <source>input {index} ({name})</source>
        <translation>entrée {index} ({name})</translation>
    </message>
    <message>
        <source>input {index}</source>
        <translation>entrée {index}</translation>
    </message>
</context>
<context>
    <name>GradcheckPanel</name>
    <message>
        <source>Run gradcheck</source>
        <translation>Lancer gradcheck</translation>
    </message>
    <message>
        <source>backward against central finite differences, at this step&apos;s W, b and batch</source>
        <translation>backward comparé aux différences finies centrées, aux W, b et lot de ce pas</translation>
    </message>
    <message>
        <source>Press “Run gradcheck” to check Linear and MSE at the current W, b and batch.</source>
        <translation>Appuyez sur «&#xa0;Lancer gradcheck&#xa0;» pour vérifier Linear et MSE aux W, b et lot actuels.</translation>
    </message>
    <message>
        <source>No batch yet: the check runs once a step is shown.</source>
        <translation>Pas encore de lot&#xa0;: la vérification se lance dès qu&apos;un pas est affiché.</translation>
    </message>
    <message>
        <source>W, b or the batch changed since this check: run it again.</source>
        <translation>W, b ou le lot ont changé depuis cette vérification&#xa0;: relancez-la.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>max |error|</source>
        <translation>|erreur| max</translation>
    </message>
    <message>
        <source>max rel. error</source>
        <translation>erreur rel. max</translation>
    </message>
    <message>
        <source>of tolerance</source>
        <translation>de la tolérance</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>every gradient matches finite differences</source>
        <translation>chaque gradient concorde avec les différences finies</translation>
    </message>
    <message>
        <source>some gradients are wrong</source>
        <translation>certains gradients sont faux</translation>
    </message>
    <message>
        <source>on all {total} rows of the batch</source>
        <translation>sur les {total} exemples du lot</translation>
    </message>
    <message>
        <source>on {used} of the batch&apos;s {total} rows, sampled with a fixed seed ({seed})</source>
        <translation>sur {used} des {total} exemples du lot, tirés avec une graine fixe ({seed})</translation>
    </message>
    <message>
        <source>Checked {rows}, in {ms} ms: {verdict}.</source>
        <translation>Vérifié {rows}, en {ms} ms&#xa0;: {verdict}.</translation>
    </message>
    <message>
        <source>Step eps {eps}. An entry passes when |analytic − numeric| ≤ atol + rtol·|numeric|, with atol {atol} and rtol {rtol}; “of tolerance” is the worst entry&apos;s error over its own tolerance (at most 1 to pass).</source>
        <translation>Pas eps {eps}. Un coefficient réussit quand |analytique − numérique| ≤ atol + rtol·|numérique|, avec atol {atol} et rtol {rtol}&#x202f;; «&#xa0;de la tolérance&#xa0;» est l&apos;erreur du pire coefficient rapportée à sa propre tolérance (au plus 1 pour réussir).</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <source>in original units</source>
        <translation>en unités d&apos;origine</translation>
    </message>
    <message>
        <source>Show θ, θ* and ∂C/∂θ for the raw features: w = w′/σ and b = b′ − μ·w, while ∂C/∂w = σ·∂C/∂w′ + μ·∂C/∂b′ and ∂C/∂b = ∂C/∂b′ (the chain rule). The run still trains on standardized features.</source>
        <translation>Montre θ, θ* et ∂C/∂θ pour les caractéristiques brutes&#xa0;: w = w′/σ et b = b′ − μ·w, tandis que ∂C/∂w = σ·∂C/∂w′ + μ·∂C/∂b′ et ∂C/∂b = ∂C/∂b′ (la dérivation en chaîne). L&apos;entraînement se fait toujours sur les caractéristiques standardisées.</translation>
    </message>
    <message>
        <source>The features are not standardized: θ and ∂C/∂θ are in original units already</source>
        <translation>Les caractéristiques ne sont pas standardisées&#xa0;: θ et ∂C/∂θ sont déjà en unités d&apos;origine</translation>
    </message>
    <message>
        <source>‖∇C‖ ({units})</source>
        <translation>‖∇C‖ ({units})</translation>
    </message>
    <message>
        <source>θ and ∂C/∂θ in {units}</source>
        <translation>θ et ∂C/∂θ en {units}</translation>
    </message>
    <message>
        <source>∂C/∂θ (bars)</source>
        <translation>∂C/∂θ</translation>
    </message>
    <message>
        <source>θ now (bars), θ* (|)</source>
        <translation>θ actuel, θ* (|)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>itération</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>not computed yet</source>
        <translation>pas encore calculé</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>ex. {row}&#xa0;:</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>scalaire</translation>
    </message>
    <message>
        <source>◀ sub-step</source>
        <translation>◀ sous-étape</translation>
    </message>
    <message>
        <source>sub-step ▶</source>
        <translation>sous-étape ▶</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>ajuster</translation>
    </message>
    <message>
        <source>row i</source>
        <translation>exemple i</translation>
    </message>
    <message>
        <source>Back one sub-step of backpropagation</source>
        <translation>Revenir d&apos;une sous-étape de la rétropropagation</translation>
    </message>
    <message>
        <source>One sub-step of backpropagation further (the last one takes the step)</source>
        <translation>Avancer d&apos;une sous-étape de la rétropropagation (la dernière effectue le pas)</translation>
    </message>
    <message>
        <source>The row of X, Y, Ŷ and δ whose numbers the cards show (click a heatmap to pick one)</source>
        <translation>L&apos;exemple (ligne de X, Y, Ŷ et δ) dont les cartes montrent les nombres (cliquez sur une carte de chaleur pour en choisir un)</translation>
    </message>
    <message>
        <source>Fit the whole graph in the view (Ctrl+wheel zooms)</source>
        <translation>Faire tenir tout le graphe dans la vue (Ctrl+molette zoome)</translation>
    </message>
    <message>
        <source>{number}/{count}  &lt;b&gt;{title}&lt;/b&gt;: {detail}</source>
        <translation>{number}/{count}  &lt;b&gt;{title}&lt;/b&gt;&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Step {start} → {end} · {optimizer}, lr {lr} · {batch}</source>
        <translation>Pas {start} → {end} · {optimizer}, lr {lr} · {batch}</translation>
    </message>
    <message>
        <source>full batch of {q} rows</source>
        <translation>lot complet de {q} exemples</translation>
    </message>
    <message>
        <source>mini-batch of {q} rows</source>
        <translation>mini-lot de {q} exemples</translation>
    </message>
    <message>
        <source>Step {start} → {end} · sub-step {number}/{count}, {title}: {detail}</source>
        <translation>Pas {start} → {end} · sous-étape {number}/{count}, {title}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>gradviz: the graph of a training step</source>
        <translation>gradviz&#xa0;: le graphe d&apos;un pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training used sufficient statistics (ZᵀZ, ZᵀY) for this step; this is the same step through the graph.</source>
        <translation>L&apos;entraînement a utilisé des statistiques suffisantes (ZᵀZ, ZᵀY) pour ce pas&#x202f;; voici le même pas à travers le graphe.</translation>
    </message>
    <message>
        <source>data: no gradient</source>
        <translation>donnée&#xa0;: pas de gradient</translation>
    </message>
    <message>
        <source>requires grad</source>
        <translation>requires grad</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>after the update</source>
        <translation>après la mise à jour</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>{name} ← {name} − lr·∂C/∂{name} with lr {lr}</source>
        <translation>{name} ← {name} − lr·∂C/∂{name} avec lr {lr}</translation>
    </message>
    <message>
        <source>{name} ← the {optimizer} update, lr {lr}:
it uses its own state too</source>
        <translation>{name} ← la mise à jour de {optimizer}, lr {lr}&#xa0;:
elle utilise aussi son propre état</translation>
    </message>
    <message>
        <source>seed: ∂C/∂C = {value}</source>
        <translation>graine&#xa0;: ∂C/∂C = {value}</translation>
    </message>
    <message>
        <source>.grad: not computed yet</source>
        <translation>.grad&#xa0;: pas encore calculé</translation>
    </message>
    <message>
        <source>Context: ctx.saved_tensors</source>
        <translation>Context&#xa0;: ctx.saved_tensors</translation>
    </message>
    <message>
        <source>empty until forward runs</source>
        <translation>vide tant que forward n&apos;a pas tourné</translation>
    </message>
    <message>
        <source>= {name}, the leaf itself</source>
        <translation>= {name}, la feuille elle-même</translation>
    </message>
    <message>
        <source>{name} (a copy)</source>
        <translation>{name} (une copie)</translation>
    </message>
    <message>
        <source>{title}: not needed</source>
        <translation>{title}&#xa0;: pas nécessaire</translation>
    </message>
    <message>
        <source>column sums of δ: shape p</source>
        <translation>sommes des colonnes de δ&#xa0;: forme p</translation>
    </message>
    <message>
        <source>this sub-step</source>
        <translation>cette sous-étape</translation>
    </message>
    <message>
        <source>a gradient backward has computed</source>
        <translation>un gradient calculé par backward</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>pas nécessaire</translation>
    </message>
    <message>
        <source>row i, and a clicked entry with the entries it is made of</source>
        <translation>l&apos;exemple i, et un coefficient cliqué avec ceux dont il est fait</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <source>step taken ÷ lr</source>
        <translation>pas effectué ÷ lr</translation>
    </message>
    <message>
        <source>The dashed arrow is the step the optimizer takes from the point shown, divided by its lr and drawn at the scale of −∇C: on −∇C for plain GD, along the velocity for momentum, scaled per coordinate for Adam, RMSProp and AdaGrad</source>
        <translation>La flèche en pointillés est le pas que l&apos;optimiseur fait depuis le point montré, divisé par son lr et tracé à l&apos;échelle de −∇C&#xa0;: sur −∇C pour la GD simple, le long de la vitesse pour momentum, mis à l&apos;échelle coordonnée par coordonnée pour Adam, RMSProp et AdaGrad</translation>
    </message>
    <message>
        <source>Click to start from there; the wheel zooms, a drag pans</source>
        <translation>Cliquez pour partir de ce point&#x202f;; la molette zoome, un glisser déplace la vue</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x&#xa0;:</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y&#xa0;:</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paysage du coût</translation>
    </message>
    <message>
        <source>arrow = −∇C × {scale}</source>
        <translation>flèche = −∇C × {scale}</translation>
    </message>
    <message>
        <source>Loss landscape (standardized features)</source>
        <translation>Paysage du coût (X standardisé)</translation>
    </message>
    <message>
        <source>Loss landscape (original units)</source>
        <translation>Paysage du coût (unités d&apos;origine)</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>racer {label} diverged at step {step}; it stops there, the others go on</source>
        <translation>le concurrent {label} a divergé au pas {step}&#x202f;; il s&apos;arrête là, les autres continuent</translation>
    </message>
    <message>
        <source>Qt could not save a {kind} image there</source>
        <translation>Qt n&apos;a pas pu enregistrer d&apos;image {kind} à cet endroit</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>least squares, train loss</source>
        <translation>moindres carrés, coût d&apos;entraînement</translation>
    </message>
    <message>
        <source>least squares, test loss</source>
        <translation>moindres carrés, coût de test</translation>
    </message>
    <message>
        <source>correct run (ghost)</source>
        <translation>exécution correcte (fantôme)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log</translation>
    </message>
    <message>
        <source>Loss (MSE)</source>
        <translation>Coût (MSE)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>(training loss)</source>
        <translation>(coût d&apos;entraînement)</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>coût (échelle log)</translation>
    </message>
    <message>
        <source>it {iteration}: train {train}</source>
        <translation>it {iteration}&#xa0;: entraînement {train}</translation>
    </message>
    <message>
        <source>it {iteration}: train {train}, test {test}</source>
        <translation>it {iteration}&#xa0;: entraînement {train}&#x202f;; test {test}</translation>
    </message>
</context>
<context>
    <name>LrControl</name>
    <message>
        <source>Learning rate, log scale from 1e-6 to 10</source>
        <translation>Taux d&apos;apprentissage, échelle logarithmique de 1e-6 à 10</translation>
    </message>
    <message>
        <source>The exact learning rate; type a value or use the arrows</source>
        <translation>Le taux d&apos;apprentissage exact&#x202f;; tapez une valeur ou utilisez les flèches</translation>
    </message>
    <message>
        <source>full-batch GD converges iff lr &lt; 2/λmax</source>
        <translation>GD sur le lot complet converge ssi lr &lt; 2/λmax</translation>
    </message>
    <message>
        <source>above: diverges</source>
        <translation>au-dessus&#xa0;: diverge</translation>
    </message>
    <message>
        <source>converges below it</source>
        <translation>converge en dessous</translation>
    </message>
    <message>
        <source>▲ critical {formula} = {lr} ({verdict})</source>
        <translation>▲ critique {formula} = {lr} ({verdict})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>play or pause</source>
        <translation>lecture ou pause</translation>
    </message>
    <message>
        <source>one step</source>
        <translation>un pas</translation>
    </message>
    <message>
        <source>show the previous step</source>
        <translation>afficher le pas précédent</translation>
    </message>
    <message>
        <source>Shift+→</source>
        <translation>Maj+→</translation>
    </message>
    <message>
        <source>one sub-step of backpropagation (the last one takes the step)</source>
        <translation>une sous-étape de la rétropropagation (la dernière fait le pas)</translation>
    </message>
    <message>
        <source>Shift+←</source>
        <translation>Maj+←</translation>
    </message>
    <message>
        <source>one sub-step back</source>
        <translation>une sous-étape en arrière</translation>
    </message>
    <message>
        <source>show or hide the backpropagation area (graph, derivation, gradient check)</source>
        <translation>afficher ou masquer la zone de rétropropagation (graphe, dérivation, vérification du gradient)</translation>
    </message>
    <message>
        <source>reset to the start point</source>
        <translation>revenir au point de départ</translation>
    </message>
    <message>
        <source>open a CSV file</source>
        <translation>ouvrir un fichier CSV</translation>
    </message>
    <message>
        <source>train with your own Linear and MSE (a .py file or a notebook)</source>
        <translation>entraîner avec vos propres Linear et MSE (un fichier .py ou un notebook)</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <source>Graph of the step</source>
        <translation>Graphe du pas</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Dérivation</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Vérification du gradient</translation>
    </message>
    <message>
        <source>gradviz: gradient descent at work</source>
        <translation>gradviz&#xa0;: la descente de gradient à l&apos;œuvre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Ouvrir un CSV…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Enregistrer la session…</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Ouvrir une session…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Fenêtre en PNG…</translation>
    </message>
    <message>
        <source>Plots as SVG…</source>
        <translation>Graphiques en SVG…</translation>
    </message>
    <message>
        <source>Animation (GIF or MP4)…</source>
        <translation>Animation (GIF ou MP4)…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>Historique en CSV…</translation>
    </message>
    <message>
        <source>Summary as JSON…</source>
        <translation>Résumé en JSON…</translation>
    </message>
    <message>
        <source>Use my Functions…</source>
        <translation>Utiliser mes Functions…</translation>
    </message>
    <message>
        <source>Use gradviz&apos;s Functions</source>
        <translation>Utiliser les Functions de gradviz</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Coût en échelle log</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Résidus</translation>
    </message>
    <message>
        <source>Parameters in original units</source>
        <translation>Paramètres en unités d&apos;origine</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>Rétropropagation</translation>
    </message>
    <message>
        <source>The graph of the step, its derivation and a gradient check (B)</source>
        <translation>Le graphe du pas, sa dérivation et une vérification du gradient (B)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>Race optimizers…</source>
        <translation>Course d&apos;optimiseurs…</translation>
    </message>
    <message>
        <source>Stop race</source>
        <translation>Arrêter la course</translation>
    </message>
    <message>
        <source>&amp;Mistakes</source>
        <translation>&amp;Erreurs</translation>
    </message>
    <message>
        <source>None: gradviz&apos;s own Functions</source>
        <translation>Aucune&#xa0;: les Functions de gradviz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About gradviz</source>
        <translation>À propos de gradviz</translation>
    </message>
    <message>
        <source>Gradient descent at work on linear regression: a NumPy autograd engine (Linear, MSE, backward) driven step by step.</source>
        <translation>La descente de gradient à l&apos;œuvre sur la régression linéaire&#xa0;: un moteur de différentiation automatique en NumPy (Linear, MSE, backward), pas à pas.</translation>
    </message>
</context>
<context>
    <name>Mistakes</name>
    <message>
        <source>The gradient points uphill: each step climbs the loss instead of descending it, so the loss grows at every step, whatever the learning rate (lr {lr} here).</source>
        <translation>Le gradient pointe vers le haut&#xa0;: chaque pas fait monter le coût au lieu de le faire descendre, donc le coût croît à chaque pas, quel que soit le taux d&apos;apprentissage (lr {lr} ici).</translation>
    </message>
    <message>
        <source>The gradient is q = {q} times too large: lr {lr} acts like {acts}, far above the critical rate {critical}, so the loss explodes.</source>
        <translation>Le gradient est q = {q} fois trop grand&#xa0;: lr {lr} agit comme {acts}, bien au-dessus du taux critique {critical}, donc le coût explose.</translation>
    </message>
    <message>
        <source>The gradient is q = {q} times too large: lr {lr} acts like {acts}, still below the critical rate {critical}: it converges, only faster, and a larger batch would make it explode.</source>
        <translation>Le gradient est q = {q} fois trop grand&#xa0;: lr {lr} agit comme {acts}, encore sous le taux critique {critical}&#xa0;: la descente converge, seulement plus vite, et un lot plus grand la ferait exploser.</translation>
    </message>
    <message>
        <source>∂C/∂b is 1 whatever the residuals: b falls by lr = {lr} at every step and never settles at the least-squares intercept, so after a first dip the loss grows again.</source>
        <translation>∂C/∂b vaut 1 quels que soient les résidus&#xa0;: b baisse de lr = {lr} à chaque pas et ne se pose jamais sur l&apos;ordonnée à l&apos;origine des moindres carrés, donc après une première baisse le coût remonte.</translation>
    </message>
    <message>
        <source>∂C/∂b comes back as δ, a ({q}, {p}) matrix, not its column sums, so gradviz refuses the step: it is not the gradient of C with respect to b. PyTorch would sum it down to b&apos;s shape without a word, so a torch descent loop (and torch&apos;s gradcheck) would look right.</source>
        <translation>∂C/∂b revient sous la forme de δ, une matrice ({q}, {p}), et non des sommes de ses colonnes, donc gradviz refuse le pas&#xa0;: ce n&apos;est pas le gradient de C par rapport à b. PyTorch le sommerait à la forme de b sans rien dire, si bien qu&apos;une boucle de descente torch (et le gradcheck de torch) auraient l&apos;air justes.</translation>
    </message>
    <message>
        <source>∂C/∂W is transposed, but with one feature and one target W is 1×1 and its transpose is itself: this slip hides here. Pick a dataset with several features to see it.</source>
        <translation>∂C/∂W est transposé, mais avec une caractéristique et une sortie W est 1×1 et sa transposée est lui-même&#xa0;: cette erreur se cache ici. Choisissez un jeu de données à plusieurs caractéristiques pour la voir.</translation>
    </message>
    <message>
        <source>∂C/∂W is transposed: W is {n}×{p}, square, so the shapes agree and each step moves W along the wrong entries.</source>
        <translation>∂C/∂W est transposé&#xa0;: W est {n}×{p}, carré, donc les formes s&apos;accordent et chaque pas déplace W selon les mauvais coefficients.</translation>
    </message>
    <message>
        <source>∂C/∂W comes back ({p}, {n}) for a W of ({n}, {p}): transposed. The step cannot be taken, and PyTorch stops the same way (&apos;returned an invalid gradient&apos;).</source>
        <translation>∂C/∂W revient de forme ({p}, {n}) pour un W de forme ({n}, {p})&#xa0;: transposé. Le pas ne peut pas être fait, et PyTorch s&apos;arrête de la même façon («&#xa0;returned an invalid gradient&#xa0;»).</translation>
    </message>
    <message>
        <source>Sign flipped in Linear.backward</source>
        <translation>Signe inversé dans Linear.backward</translation>
    </message>
    <message>
        <source>1/q dropped in MSE.backward</source>
        <translation>1/q oublié dans MSE.backward</translation>
    </message>
    <message>
        <source>∂b as ones</source>
        <translation>∂b rempli de uns</translation>
    </message>
    <message>
        <source>∂b as δ, not summed (q, p)</source>
        <translation>∂b égal à δ, non sommé (q, p)</translation>
    </message>
    <message>
        <source>∂W transposed</source>
        <translation>∂W transposé</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>{what} must be a number, got {name}={value}</source>
        <translation>{what} doit être un nombre, reçu&#xa0;: {name}={value}</translation>
    </message>
    <message>
        <source>{what} must be at least 0 and below 1, got {name}={value}</source>
        <translation>{what} doit être au moins 0 et inférieur à 1, reçu&#xa0;: {name}={value}</translation>
    </message>
    <message>
        <source>{what} must be a positive number, got {name}={value}</source>
        <translation>{what} doit être un nombre positif, reçu&#xa0;: {name}={value}</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Drag the legend to move it; double-click it to let it find a free spot</source>
        <translation>Faites glisser la légende pour la déplacer&#x202f;; double-cliquez dessus pour qu&apos;elle trouve une place libre</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <source>{label} — diverged at it {iteration}</source>
        <translation>{label} — a divergé à it {iteration}</translation>
    </message>
    <message>
        <source>NAME:lr=…[,KEY=…] racers joined by commas, e.g. &quot;gd:lr=0.1,momentum:lr=0.05,beta=0.9&quot;</source>
        <translation>NAME:lr=…[,KEY=…], concurrents séparés par des virgules, p. ex. &quot;gd:lr=0.1,momentum:lr=0.05,beta=0.9&quot;</translation>
    </message>
    <message>
        <source>{label}, {name} {value}</source>
        <translation>{label}&#x202f;; {name} {value}</translation>
    </message>
    <message>
        <source>a racer must be text like &apos;adam:lr=0.05&apos;, got {text}</source>
        <translation>un concurrent doit être un texte comme &apos;adam:lr=0.05&apos;, reçu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>unknown optimizer {name} in racer {text}; the optimizers are {known}</source>
        <translation>optimiseur {name} inconnu dans le concurrent {text}&#x202f;; les optimiseurs sont {known}</translation>
    </message>
    <message>
        <source>racer {text}: {item} is not KEY=VALUE; {name} takes {settings}</source>
        <translation>concurrent {text}&#xa0;: {item} n&apos;est pas de la forme KEY=VALUE&#x202f;; {name} prend {settings}</translation>
    </message>
    <message>
        <source>racer {text}: {name} has no setting {key}; it takes {settings}</source>
        <translation>concurrent {text}&#xa0;: {name} n&apos;a pas de réglage {key}&#x202f;; il prend {settings}</translation>
    </message>
    <message>
        <source>racer {text} gives {key} twice; give it once</source>
        <translation>le concurrent {text} donne {key} deux fois&#x202f;; donnez-le une seule fois</translation>
    </message>
    <message>
        <source>racer {text}: {key}={value} is not a number</source>
        <translation>concurrent {text}&#xa0;: {key}={value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>racer {text}: lr must be from {low} to {high}, got {lr}</source>
        <translation>concurrent {text}&#xa0;: lr doit aller de {low} à {high}, reçu&#xa0;: {lr}</translation>
    </message>
    <message>
        <source>racer {text}: {error}</source>
        <translation>concurrent {text}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the race {text} has an empty racer; write {syntax}</source>
        <translation>la course {text} a un concurrent vide&#x202f;; écrivez {syntax}</translation>
    </message>
    <message>
        <source>the race {text} starts with {item}; start it with an optimizer name</source>
        <translation>la course {text} commence par {item}&#x202f;; commencez-la par un nom d&apos;optimiseur</translation>
    </message>
    <message>
        <source>a race has at most {most} racers, got {count}; leave some out</source>
        <translation>une course a au plus {most} concurrents, reçu&#xa0;: {count}&#x202f;; retirez-en</translation>
    </message>
</context>
<context>
    <name>RaceActions</name>
    <message>
        <source>Racing {count} optimizers from the same start</source>
        <translation>Course de {count} optimiseurs depuis le même départ</translation>
    </message>
    <message>
        <source>Race stopped: one run again</source>
        <translation>Course arrêtée&#xa0;: un seul entraînement à nouveau</translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Race optimizers</source>
        <translation>Course d&apos;optimiseurs</translation>
    </message>
    <message>
        <source>Each racer starts at the run&apos;s start and takes the same batches. Racer 1 is the run the controls change; the timeline and the transport drive them all.</source>
        <translation>Chaque concurrent part du départ de l&apos;entraînement et prend les mêmes lots. Le concurrent 1 est l&apos;entraînement que changent les réglages&#x202f;; la chronologie et les boutons de lecture les mènent tous.</translation>
    </message>
    <message>
        <source>Stop race</source>
        <translation>Arrêter la course</translation>
    </message>
    <message>
        <source>GD, momentum and Adam</source>
        <translation>GD, momentum et Adam</translation>
    </message>
    <message>
        <source>Momentum β 0.5, 0.9, 0.99</source>
        <translation>Momentum β 0,5, 0,9, 0,99</translation>
    </message>
    <message>
        <source>GD at lr 0.01, 0.1, 0.3</source>
        <translation>GD à lr 0,01, 0,1, 0,3</translation>
    </message>
    <message>
        <source>Every adaptive method</source>
        <translation>Toutes les méthodes adaptatives</translation>
    </message>
    <message>
        <source>Racer 1 is the run; the control panel changes it</source>
        <translation>Le concurrent 1 est l&apos;entraînement&#x202f;; le panneau de réglages le modifie</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Lancer la course</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>code cell {cell}, line {line}</source>
        <translation>cellule de code {cell}, ligne {line}</translation>
    </message>
    <message>
        <source>{where}: {code}</source>
        <translation>{where}&#xa0;: {code}</translation>
    </message>
    <message>
        <source>arguments ({order}), as in the course</source>
        <translation>arguments ({order}), comme dans le cours</translation>
    </message>
    <message>
        <source>arguments ({order}): call it {name}.apply({order}); the course&apos;s order is (X, W, b), and nothing else changes</source>
        <translation>arguments ({order})&#xa0;: appelez-la {name}.apply({order})&#x202f;; l&apos;ordre du cours est (X, W, b), et rien d&apos;autre ne change</translation>
    </message>
    <message>
        <source>W is (n, p) = ({n}, {p}) and the forward computes X @ W, as in the course</source>
        <translation>W est (n, p) = ({n}, {p}) et le forward calcule X @ W, comme dans le cours</translation>
    </message>
    <message>
        <source>W is (p, n) = ({p}, {n}) and the forward computes X @ W.T, as torch.nn.Linear stores its weight: your ∂W is the transpose of the course&apos;s ∂C/∂W (gradviz shows W as (n, p))</source>
        <translation>W est (p, n) = ({p}, {n}) et le forward calcule X @ W.T, comme torch.nn.Linear stocke ses poids&#xa0;: votre ∂W est la transposée du ∂C/∂W du cours (gradviz affiche W en (n, p))</translation>
    </message>
    <message>
        <source>b may be (p,) or (1, p); each gradient must have the shape of the b given</source>
        <translation>b peut être (p,) ou (1, p)&#x202f;; chaque gradient doit avoir la forme du b donné</translation>
    </message>
    <message>
        <source>b is (p,), as in the course; a (1, p) row is refused</source>
        <translation>b est (p,), comme dans le cours&#x202f;; une ligne (1, p) est refusée</translation>
    </message>
    <message>
        <source>b must be a (1, p) row; the course&apos;s b is (p,) = ({p},), which your forward refuses</source>
        <translation>b doit être une ligne (1, p)&#x202f;; le b du cours est (p,) = ({p},), que votre forward refuse</translation>
    </message>
    <message>
        <source>your forward does not compute XW + b at q={q} n={n} p={p}</source>
        <translation>votre forward ne calcule pas XW + b pour q={q} n={n} p={p}</translation>
    </message>
    <message>
        <source>your MSE divides the sum of the squared errors by q, as the course&apos;s mse</source>
        <translation>votre MSE divise la somme des carrés des erreurs par q, comme la mse du cours</translation>
    </message>
    <message>
        <source>your MSE averages over all q·p = {qp} entries (torch.nn.MSELoss does too); the course&apos;s mse divides by q = {q} only, so your gradients are p = {p} times smaller and the same learning rate takes steps {p} times shorter</source>
        <translation>votre MSE fait la moyenne sur les q·p = {qp} entrées (comme torch.nn.MSELoss)&#x202f;; la mse du cours divise seulement par q = {q}, donc vos gradients sont p = {p} fois plus petits et le même taux d&apos;apprentissage fait des pas {p} fois plus courts</translation>
    </message>
    <message>
        <source>your MSE sums the squared errors without dividing by q = {q} (q is the number of rows in a batch: {q} here): your gradients are q times the course&apos;s, so the same learning rate takes steps {q} times longer and the critical learning rate is {q} times smaller</source>
        <translation>votre MSE somme les carrés des erreurs sans diviser par q = {q} (q est le nombre d&apos;exemples d&apos;un lot&#xa0;: {q} ici)&#xa0;: vos gradients valent q fois ceux du cours, donc le même taux d&apos;apprentissage fait des pas {q} fois plus longs et le taux d&apos;apprentissage critique est {q} fois plus petit</translation>
    </message>
    <message>
        <source>your MSE returns the (q, p) = ({q}, {p}) matrix of squared errors, not a scalar: .backward() needs a scalar, and loss.sum().backward() descends on q = {q} times the course&apos;s mse</source>
        <translation>votre MSE renvoie la matrice (q, p) = ({q}, {p}) des carrés des erreurs, pas un scalaire&#xa0;: .backward() demande un scalaire, et loss.sum().backward() descend sur q = {q} fois la mse du cours</translation>
    </message>
    <message>
        <source>your MSE returns one mean per output column (p = {p} values), not a scalar; their sum is the course&apos;s mse</source>
        <translation>votre MSE renvoie une moyenne par colonne de sortie (p = {p} valeurs), pas un scalaire&#x202f;; leur somme est la mse du cours</translation>
    </message>
    <message>
        <source>your MSE returns one mean per row (q = {q} values), not a scalar; their sum is q/p = {q}/{p} times the course&apos;s mse</source>
        <translation>votre MSE renvoie une moyenne par ligne (q = {q} valeurs), pas un scalaire&#x202f;; leur somme vaut q/p = {q}/{p} fois la mse du cours</translation>
    </message>
    <message>
        <source>your MSE returns ‖Ŷ − Y‖, not its square divided by q: its gradient (Ŷ − Y)/‖Ŷ − Y‖ has norm 1 however small the error, so a fixed learning rate never slows down near the optimum (the minimiser is the same)</source>
        <translation>votre MSE renvoie ‖Ŷ − Y‖, pas son carré divisé par q&#xa0;: son gradient (Ŷ − Y)/‖Ŷ − Y‖ est de norme 1 si petite que soit l&apos;erreur, donc un taux d&apos;apprentissage fixe ne ralentit jamais près de l&apos;optimum (le minimiseur est le même)</translation>
    </message>
    <message>
        <source>your MSE computes none of the usual reductions (the course&apos;s 1/q, mean, sum, none, per-column or per-row means, norm)</source>
        <translation>votre MSE ne calcule aucune des réductions habituelles (le 1/q du cours, mean, sum, none, moyennes par colonne ou par ligne, norme)</translation>
    </message>
    <message>
        <source>your MSE is {factor} × the sum of the squared errors; the course&apos;s is 1/q = 1/{q}: your gradients are {times} times the course&apos;s</source>
        <translation>votre MSE vaut {factor} × la somme des carrés des erreurs&#x202f;; celle du cours vaut 1/q = 1/{q}&#xa0;: vos gradients valent {times} fois ceux du cours</translation>
    </message>
    <message>
        <source>gradients: right</source>
        <translation>gradients&#xa0;: justes</translation>
    </message>
    <message>
        <source>gradients: WRONG</source>
        <translation>gradients&#xa0;: FAUX</translation>
    </message>
    <message>
        <source>gradients: right · course&apos;s definition: yes</source>
        <translation>gradients&#xa0;: justes · définition du cours&#xa0;: oui</translation>
    </message>
    <message>
        <source>gradients: right · course&apos;s definition: no</source>
        <translation>gradients&#xa0;: justes · définition du cours&#xa0;: non</translation>
    </message>
    <message>
        <source>gradients: WRONG · course&apos;s definition: yes</source>
        <translation>gradients&#xa0;: FAUX · définition du cours&#xa0;: oui</translation>
    </message>
    <message>
        <source>gradients: WRONG · course&apos;s definition: no</source>
        <translation>gradients&#xa0;: FAUX · définition du cours&#xa0;: non</translation>
    </message>
    <message>
        <source>slip {name}: {explanation}</source>
        <translation>erreur classique {name}&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>NOT LOADED</source>
        <translation>NON CHARGÉ</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>FAIL (not the course&apos;s definitions)</source>
        <translation>ÉCHEC (pas les définitions du cours)</translation>
    </message>
    <message>
        <source>PASS (not the course&apos;s definitions)</source>
        <translation>RÉUSSI (pas les définitions du cours)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>{path}: {verdict}</source>
        <translation>{path}&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>every gradient matches finite differences of your own forward, with its input&apos;s shape</source>
        <translation>chaque gradient concorde avec les différences finies de votre propre forward, et a la forme de son entrée</translation>
    </message>
    <message>
        <source>but not the course&apos;s definitions (see the conventions above); --strict requires them</source>
        <translation>mais pas avec les définitions du cours (voir les conventions ci-dessus)&#x202f;; --strict les exige</translation>
    </message>
    <message>
        <source>some gradients are wrong or could not be checked (see above)</source>
        <translation>certains gradients sont faux ou n&apos;ont pas pu être vérifiés (voir ci-dessus)</translation>
    </message>
    <message>
        <source>it defines {names} only</source>
        <translation>il ne définit que {names}</translation>
    </message>
    <message>
        <source>it defines no Function</source>
        <translation>il ne définit aucune Function</translation>
    </message>
    <message>
        <source>FAIL: no {name} Function found ({has}): the homework is both Linear and MSE, so the chain mse(linear(X, W, b), Y) could not be checked; define `class {name}({base}):` in the file</source>
        <translation>ÉCHEC&#xa0;: aucune Function {name} trouvée ({has})&#xa0;: le devoir comprend Linear et MSE, donc la chaîne mse(linear(X, W, b), Y) n&apos;a pas pu être vérifiée&#x202f;; définissez `class {name}({base}):` dans le fichier</translation>
    </message>
    <message>
        <source>FAIL: no Linear and no MSE Function found ({has}): the homework is both Linear and MSE, so the chain mse(linear(X, W, b), Y) could not be checked; define `class Linear({base}):` and `class MSE({base}):` in the file</source>
        <translation>ÉCHEC&#xa0;: aucune Function Linear ni MSE trouvée ({has})&#xa0;: le devoir comprend Linear et MSE, donc la chaîne mse(linear(X, W, b), Y) n&apos;a pas pu être vérifiée&#x202f;; définissez `class Linear({base}):` et `class MSE({base}):` dans le fichier</translation>
    </message>
    <message>
        <source>conventions:</source>
        <translation>conventions&#xa0;:</translation>
    </message>
    <message>
        <source>not checked: {reason}</source>
        <translation>non vérifiée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>backward against finite differences of your forward (float64, random grad_output):</source>
        <translation>backward comparé aux différences finies de votre forward (float64, grad_output aléatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>b {bias} runs too, but {failure} (not needed to pass: every gradient is right with b {passing})</source>
        <translation>b {bias} est accepté aussi, mais {failure} (pas nécessaire pour réussir&#xa0;: chaque gradient est juste avec b {passing})</translation>
    </message>
    <message>
        <source>None (data)</source>
        <translation>None (donnée)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>∂{name} is {shape}</source>
        <translation>∂{name} est {shape}</translation>
    </message>
    <message>
        <source>NaN or inf</source>
        <translation>NaN ou inf</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>largest error</source>
        <translation>erreur max</translation>
    </message>
    <message>
        <source>at</source>
        <translation>indice</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>chain: loss = {call}; loss.backward() in {dtype}, b {bias}</source>
        <translation>chaîne&#xa0;: loss = {call}&#x202f;; loss.backward() en {dtype}, b {bias}</translation>
    </message>
    <message>
        <source>pass: loss {loss}; .grad within {error} of finite differences</source>
        <translation>réussi&#xa0;: loss {loss}&#x202f;; .grad à moins de {error} des différences finies</translation>
    </message>
    <message>
        <source>FAIL: {reason}</source>
        <translation>ÉCHEC&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>slips or error</source>
        <translation>erreurs classiques ou erreur</translation>
    </message>
    <message>
        <source>{name}: {explanation}</source>
        <translation>{name}&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>{passed} of {total} file pass</source>
        <translation>{passed} fichier sur {total} réussit</translation>
    </message>
    <message>
        <source>{passed} of {total} files pass</source>
        <translation>fichiers réussis&#xa0;: {passed} sur {total}</translation>
    </message>
    <message>
        <source>{passed} of {total} file pass (--strict: the course&apos;s definitions too)</source>
        <translation>{passed} fichier sur {total} réussit (--strict&#xa0;: les définitions du cours aussi)</translation>
    </message>
    <message>
        <source>{passed} of {total} files pass (--strict: the course&apos;s definitions too)</source>
        <translation>fichiers réussis&#xa0;: {passed} sur {total} (--strict&#xa0;: les définitions du cours aussi)</translation>
    </message>
    <message>
        <source>no {name} (chain not checked)</source>
        <translation>pas de {name} (chaîne non vérifiée)</translation>
    </message>
    <message>
        <source>no Linear and no MSE (chain not checked)</source>
        <translation>ni Linear ni MSE (chaîne non vérifiée)</translation>
    </message>
    <message>
        <source>{name}: gradients wrong</source>
        <translation>{name}&#xa0;: gradients faux</translation>
    </message>
    <message>
        <source>chain: {reason}</source>
        <translation>chaîne&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path}: gradviz could not check this file ({error}: {message})</source>
        <translation>{path}&#xa0;: gradviz n&apos;a pas pu vérifier ce fichier ({error}&#xa0;: {message})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>not a gradviz session file ({error} at line {line})</source>
        <translation>pas un fichier de session gradviz ({error} à la ligne {line})</translation>
    </message>
    <message>
        <source>not a gradviz session file (its values are nested too deeply)</source>
        <translation>pas un fichier de session gradviz (ses valeurs sont imbriquées trop profondément)</translation>
    </message>
    <message>
        <source>not a gradviz session file (no &apos;gradviz_session&apos;: {version} entry)</source>
        <translation>pas un fichier de session gradviz (aucune entrée &apos;gradviz_session&apos;: {version})</translation>
    </message>
    <message>
        <source>the session has an unknown setting {key}; the settings are: {settings}</source>
        <translation>la session a un réglage inconnu {key}&#x202f;; les réglages sont&#xa0;: {settings}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>positive steps per second (or null: as fast as possible)</source>
        <translation>un nombre positif de pas par seconde (ou null&#xa0;: aussi vite que possible)</translation>
    </message>
    <message>
        <source>session optimizer settings: {error}</source>
        <translation>réglages de l&apos;optimiseur de la session&#xa0;: {error}</translation>
    </message>
    <message>
        <source>not a regular file; choose a saved gradviz session (.json)</source>
        <translation>pas un fichier ordinaire&#x202f;; choisissez une session gradviz enregistrée (.json)</translation>
    </message>
    <message>
        <source>too large to be a gradviz session file</source>
        <translation>trop volumineux pour être un fichier de session gradviz</translation>
    </message>
    <message>
        <source>not a gradviz session file (not UTF-8 text)</source>
        <translation>pas un fichier de session gradviz (pas du texte UTF-8)</translation>
    </message>
    <message>
        <source>cannot read it: {error}</source>
        <translation>impossible de le lire&#xa0;: {error}</translation>
    </message>
    <message>
        <source>session setting {name} must be {expected}, got {value}</source>
        <translation>le réglage {name} de la session doit être {expected}, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>session names an unknown {name} {value}; use one of {choices}</source>
        <translation>le réglage {name} de la session a une valeur inconnue, {value}&#x202f;; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>text (no NUL character, at most {most} characters)</source>
        <translation>du texte (sans caractère NUL, au plus {most} caractères)</translation>
    </message>
    <message>
        <source>an object of named numbers</source>
        <translation>un objet de nombres nommés</translation>
    </message>
    <message>
        <source>session setting {name} has an unknown entry {key}; its settings are: {settings}</source>
        <translation>le réglage {name} de la session a une entrée inconnue {key}&#x202f;; ses réglages sont&#xa0;: {settings}</translation>
    </message>
    <message>
        <source>session setting {name} has an unknown entry {key}; it takes none</source>
        <translation>le réglage {name} de la session a une entrée inconnue {key}&#x202f;; il n&apos;en prend aucune</translation>
    </message>
    <message>
        <source>a list of racers like &quot;adam:lr=0.05&quot;</source>
        <translation>une liste de concurrents comme &quot;adam:lr=0.05&quot;</translation>
    </message>
    <message>
        <source>session setting &apos;race&apos; lists {count} racers besides the run; a race has at most {most}: remove some</source>
        <translation>le réglage &apos;race&apos; de la session compte {count} concurrents en plus de l&apos;entraînement&#x202f;; une course en a au plus {most}&#xa0;: retirez-en</translation>
    </message>
    <message>
        <source>session setting &apos;race&apos;, racer {number}: {error}; fix it or remove it from the list</source>
        <translation>le réglage &apos;race&apos; de la session, concurrent {number}&#xa0;: {error}&#x202f;; corrigez-le ou retirez-le de la liste</translation>
    </message>
    <message>
        <source>two different parameter names like [&quot;w[x1]&quot;, &quot;b&quot;], or []</source>
        <translation>deux noms de paramètres différents comme [&quot;w[x1]&quot;, &quot;b&quot;], ou []</translation>
    </message>
    <message>
        <source>the session has both &apos;csv_target&apos; and &apos;csv_targets&apos;; keep &apos;csv_targets&apos;, a list of columns</source>
        <translation>la session a à la fois &apos;csv_target&apos; et &apos;csv_targets&apos;&#x202f;; gardez &apos;csv_targets&apos;, une liste de colonnes</translation>
    </message>
    <message>
        <source>session setting {name} lists {column} twice; list each target once</source>
        <translation>le réglage {name} de la session cite {column} deux fois&#x202f;; citez chaque cible une seule fois</translation>
    </message>
    <message>
        <source>session setting {name} lists {column} twice; list each feature once</source>
        <translation>le réglage {name} de la session cite {column} deux fois&#x202f;; citez chaque caractéristique une seule fois</translation>
    </message>
    <message>
        <source>a list of column names</source>
        <translation>une liste de noms de colonnes</translation>
    </message>
    <message>
        <source>session names {column} in both &apos;csv_targets&apos; and &apos;csv_features&apos;; a column is a target or a feature: remove it from one of the lists</source>
        <translation>la session cite {column} à la fois dans &apos;csv_targets&apos; et dans &apos;csv_features&apos;&#x202f;; une colonne est une cible ou une caractéristique&#xa0;: retirez-la de l&apos;une des listes</translation>
    </message>
    <message>
        <source>the session names dataset &apos;csv&apos; but no csv_path; give the CSV file&apos;s path</source>
        <translation>la session nomme le jeu de données &apos;csv&apos; mais aucun csv_path&#x202f;; donnez le chemin du fichier CSV</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>One gradient has the wrong sign: a descent step with it climbs instead of going down.</source>
        <translation>Un gradient a le mauvais signe&#xa0;: un pas de descente de gradient avec lui monte au lieu de descendre.</translation>
    </message>
    <message>
        <source>backward returns the gradients in another order than forward takes its inputs (for MSE, swapping ∂Ŷ and ∂Y gives the same numbers as flipping both signs).</source>
        <translation>backward renvoie les gradients dans un autre ordre que celui des entrées de forward (pour MSE, échanger ∂Ŷ et ∂Y donne les mêmes nombres que changer les deux signes).</translation>
    </message>
    <message>
        <source>backward is a constant multiple of the gradient of your own forward: the two divide by different numbers (q, p or q·p); use the same normalisation in both.</source>
        <translation>backward est un multiple constant du gradient de votre propre forward&#xa0;: les deux divisent par des nombres différents (q, p ou q·p)&#x202f;; utilisez la même normalisation dans les deux.</translation>
    </message>
    <message>
        <source>Your gradient is q times too large: the 1/q of the mean was dropped (q = 1 would hide it).</source>
        <translation>Votre gradient est q fois trop grand&#xa0;: le 1/q de la moyenne a été oublié (q = 1 le cacherait).</translation>
    </message>
    <message>
        <source>∂X and ∂W are exchanged: ∂X = G·Wᵀ has X&apos;s shape (q, n), ∂W = Xᵀ·G has W&apos;s (n, p).</source>
        <translation>∂X et ∂W sont échangés&#xa0;: ∂X = G·Wᵀ a la forme de X (q, n), ∂W = Xᵀ·G celle de W (n, p).</translation>
    </message>
    <message>
        <source>A gradient is transposed: it must have its input&apos;s shape, entry for entry.</source>
        <translation>Un gradient est transposé&#xa0;: il doit avoir la forme de son entrée, coefficient par coefficient.</translation>
    </message>
    <message>
        <source>A product in backward has its factors in the wrong order (e.g. G·Xᵀ for Xᵀ·G): write the shapes, (n×q)(q×p) → n×p, to find the order.</source>
        <translation>Un produit dans backward a ses facteurs dans le mauvais ordre (par exemple G·Xᵀ au lieu de Xᵀ·G)&#xa0;: écrivez les formes, (n×q)(q×p) → n×p, pour trouver l&apos;ordre.</translation>
    </message>
    <message>
        <source>∂X is G·W; it is G·Wᵀ, of shape (q, n).</source>
        <translation>∂X vaut G·W&#x202f;; c&apos;est G·Wᵀ, de forme (q, n).</translation>
    </message>
    <message>
        <source>∂b is a block of ones; it is the column sums of grad_output, Σᵢ Gᵢ, of shape (p,).</source>
        <translation>∂b est un bloc de uns&#x202f;; c&apos;est la somme des colonnes de grad_output, Σᵢ Gᵢ, de forme (p,).</translation>
    </message>
    <message>
        <source>∂b is grad_output itself, (q, p): sum it over the rows (axis 0) to get b&apos;s shape; torch sums it silently, so its gradcheck passes, but it is not the gradient with respect to b.</source>
        <translation>∂b est grad_output lui-même, (q, p)&#xa0;: sommez-le sur les lignes (axis 0) pour obtenir la forme de b&#x202f;; torch le somme sans rien dire, donc son gradcheck réussit, mais ce n&apos;est pas le gradient par rapport à b.</translation>
    </message>
    <message>
        <source>The forward computes X * W entry by entry; it is the matrix product X @ W (n = 1 hides this).</source>
        <translation>Le forward calcule X * W coefficient par coefficient&#x202f;; c&apos;est le produit matriciel X @ W (n = 1 le cache).</translation>
    </message>
    <message>
        <source>backward ignores grad_output: multiply by it (chain rule), or the gradient is wrong whenever your Function is not the last one (grad_output = 1 hides this).</source>
        <translation>backward ignore grad_output&#xa0;: multipliez par lui (règle de dérivation en chaîne), sinon le gradient est faux dès que votre Function n&apos;est pas la dernière (grad_output = 1 le cache).</translation>
    </message>
    <message>
        <source>backward unpacks more saved tensors than forward saved with ctx.save_for_backward.</source>
        <translation>backward dépaquette plus de tenseurs sauvegardés que forward n&apos;en a sauvegardé avec ctx.save_for_backward.</translation>
    </message>
    <message>
        <source>backward builds a float64 tensor: in float32, torch&apos;s default, a descent script crashes; make new tensors with the dtype of grad_output (torch.ones_like, dtype=G.dtype).</source>
        <translation>backward crée un tenseur float64&#xa0;: en float32, le défaut de torch, un script de descente de gradient plante&#x202f;; créez les nouveaux tenseurs avec le dtype de grad_output (torch.ones_like, dtype=G.dtype).</translation>
    </message>
</context>
<context>
    <name>SvgExport</name>
    <message>
        <source>no plot {plot}; choose one of {plots}</source>
        <translation>aucun graphique {plot}&#x202f;; choisissez parmi {plots}</translation>
    </message>
    <message>
        <source>Qt could not start an SVG file there</source>
        <translation>Qt n&apos;a pas pu commencer un fichier SVG à cet endroit</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>no critical rate</source>
        <translation>pas de taux critique</translation>
    </message>
    <message>
        <source>critical {formula} {lr}</source>
        <translation>taux critique {formula} {lr}</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lot complet</translation>
    </message>
    <message>
        <source>batches of {size}</source>
        <translation>lots de {size}</translation>
    </message>
    <message>
        <source>sufficient statistics (fast path)</source>
        <translation>statistiques suffisantes (chemin rapide)</translation>
    </message>
    <message>
        <source>graph: Linear → MSE → backward</source>
        <translation>graphe&#xa0;: Linear → MSE → backward</translation>
    </message>
    <message>
        <source>{name}: {rows} rows ({train} train, {test} test), {features} feature → {targets}</source>
        <translation>{name}&#xa0;: {rows} exemples ({train} d&apos;entraînement, {test} de test), {features} caractéristique → {targets}</translation>
    </message>
    <message>
        <source>{name}: {rows} rows ({train} train, {test} test), {features} features → {targets}</source>
        <translation>{name}&#xa0;: {rows} exemples ({train} d&apos;entraînement, {test} de test), {features} caractéristiques → {targets}</translation>
    </message>
    <message>
        <source>standardized features</source>
        <translation>caractéristiques standardisées</translation>
    </message>
    <message>
        <source>θ in standardized features</source>
        <translation>θ en caractéristiques standardisées</translation>
    </message>
    <message>
        <source>raw features</source>
        <translation>caractéristiques brutes</translation>
    </message>
    <message>
        <source>θ in original units</source>
        <translation>θ en unités d&apos;origine</translation>
    </message>
    <message>
        <source>steps run: {steps} (diverged)</source>
        <translation>pas effectués&#xa0;: {steps} (divergence)</translation>
    </message>
    <message>
        <source>steps run: {steps}</source>
        <translation>pas effectués&#xa0;: {steps}</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>coût (MSE)</translation>
    </message>
    <message>
        <source>R² of least squares</source>
        <translation>R² des moindres carrés</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>{optimizer}, lr {lr} ({critical}, κ {kappa}), {batch}, {schedule} schedule, {scaling}</source>
        <translation>{optimizer}, lr {lr} ({critical}, κ {kappa}), {batch}, calendrier {schedule}, {scaling}</translation>
    </message>
    <message>
        <source>gradient computed from: {path}</source>
        <translation>gradient calculé par&#xa0;: {path}</translation>
    </message>
    <message>
        <source>coefficients in original units:</source>
        <translation>coefficients en unités d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>ordonnée à l&apos;origine</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Back to the start point (R)</source>
        <translation>Retour au point de départ (R)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Show the previous step (←)</source>
        <translation>Afficher le pas précédent (←)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>One step (→)</source>
        <translation>Un pas (→)</translation>
    </message>
    <message>
        <source>Steps per second, from 1 to as fast as possible</source>
        <translation>Pas par seconde, de 1 au plus vite possible</translation>
    </message>
    <message>
        <source>Drag to see any earlier step; Play continues from there</source>
        <translation>Faites glisser pour revoir un pas antérieur&#x202f;; Lecture reprend de là</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>itérations</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>it {iteration} / {newest}</source>
        <translation>it {iteration} / {newest}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>standardized features</source>
        <translation>caractéristiques standardisées</translation>
    </message>
    <message>
        <source>original units</source>
        <translation>unités d&apos;origine</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus une valeur attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur attendue</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s valeur attendue</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s valeurs attendues</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait désigner %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos;&#xa0;: %(error)s</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
</context>
</TS>
