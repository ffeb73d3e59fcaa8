<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Animation</name>
    <message>
        <source>writing GIF and MP4 animations needs the optional extra gradviz[animate] (imageio-ffmpeg); install it with: pip install &apos;gradviz[animate]&apos; (in a clone of gradviz: pip install -e &apos;.[animate]&apos;)</source>
        <translation>écrire des animations GIF et MP4 demande l&apos;extra optionnel gradviz[animate] (imageio-ffmpeg) ; installez-le avec : pip install &apos;gradviz[animate]&apos; (dans un clone de gradviz : pip install -e &apos;.[animate]&apos;)</translation>
    </message>
    <message>
        <source>no part {part} to animate; choose one of {parts}</source>
        <translation>aucune partie {part} à animer ; choisissez parmi {parts}</translation>
    </message>
    <message>
        <source>there was no frame to write</source>
        <translation>il n&apos;y avait aucune image à écrire</translation>
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
        <translation>W et b tels quels ; rien n&apos;est encore calculé</translation>
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
        <translation>au coût lui-même : ∂C/∂C = 1</translation>
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
        <translation>∂C/∂W = Xᵀδ et ∂C/∂b = Σᵢ δᵢ, à partir du X gardé ; ∂C/∂X = δWᵀ n&apos;est pas nécessaire</translation>
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
        <translation>Le graphe de ce pas ne peut pas être construit : {message}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>{message} (see `{prog} --help`)</source>
        <translation>{message} (voir `{prog} --help`)</translation>
    </message>
    <message>
        <source>{option} {text} has an empty column name; give names separated by commas</source>
        <translation>{option} {text} contient un nom de colonne vide ; donnez des noms séparés par des virgules</translation>
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
        <translation>--out {path} est un dossier ; donnez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <source>--out {path}: no folder {folder}; create it or choose another</source>
        <translation>--out {path} : le dossier {folder} n&apos;existe pas ; créez-le ou choisissez-en un autre</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>gradviz: interrupted after {done} of {total} steps</source>
        <translation>gradviz : interrompu après {done} pas sur {total}</translation>
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
        <translation>différences finies centrées, eps {eps} ; une entrée est juste quand |analytique − numérique| ≤ tolérance,</translation>
    </message>
    <message>
        <source>tolerance = atol + rtol·|numeric|, atol {atol}, rtol {rtol}; &apos;of tolerance&apos;: the worst error over its tolerance</source>
        <translation>tolérance = atol + rtol·|numérique|, atol {atol}, rtol {rtol} ; « de la tolérance » : la pire erreur divisée par sa tolérance</translation>
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
        <source>--functions {path}: no such file; give the path of your tp1.py or notebook</source>
        <translation>--functions {path} : fichier introuvable ; donnez le chemin de votre tp1.py ou de votre notebook</translation>
    </message>
    <message>
        <source>--functions {path}: not a .py file or an .ipynb notebook</source>
        <translation>--functions {path} : ni un fichier .py ni un notebook .ipynb</translation>
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
        <source>saved {path} ({width}x{height}, {frames} frames at {fps} fps, every step, steps 0 to {last}, {size} bytes)</source>
        <translation>{path} enregistré ({width}x{height}, {frames} images à {fps} images/s, chaque pas, pas 0 à {last}, {size} octets)</translation>
    </message>
    <message>
        <source>saved {path} ({width}x{height}, {frames} frames at {fps} fps, at most {most} frames, steps 0 to {last}, {size} bytes)</source>
        <translation>{path} enregistré ({width}x{height}, {frames} images à {fps} images/s, au plus {most} images, pas 0 à {last}, {size} octets)</translation>
    </message>
    <message>
        <source>gradviz: error: {message}</source>
        <translation>gradviz : erreur : {message}</translation>
    </message>
    <message>
        <source>gradviz: interrupted</source>
        <translation>gradviz : interrompu</translation>
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
        <translation>a échoué : {error}</translation>
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
        <translation>None pour {name} : correct pour l&apos;entraînement, {name} est une donnée ; {gradcheck} le refuserait</translation>
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
        <translation>backward a renvoyé 1 gradient pour {inputs} entrées ({names}) ; renvoyez-en un par entrée, dans l&apos;ordre de forward</translation>
    </message>
    <message>
        <source>backward returned {grads} gradients for {inputs} inputs ({names}); return one per input, in forward&apos;s order</source>
        <translation>backward a renvoyé {grads} gradients pour {inputs} entrées ({names}) ; renvoyez-en un par entrée, dans l&apos;ordre de forward</translation>
    </message>
    <message>
        <source>backward returned None for {name}; return ∂{name}</source>
        <translation>backward a renvoyé None pour {name} ; renvoyez ∂{name}</translation>
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
        <translation>∂{name}{entry} : le vôtre {yours}, différences finies {numeric}</translation>
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
        <translation>aucune entrée acceptée par son forward (essayé : formes égales (4, 3), vecteurs, scalaires, produits)</translation>
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
        <translation>{name}.grad{entry} : {value}, différences finies {reference}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>converged at it {iteration}: ‖∇C‖ fell below {tolerance} of its start; press Play to go on anyway</source>
        <translation>convergé à l&apos;it {iteration} : ‖∇C‖ est passée sous {tolerance} de sa valeur de départ ; appuyez sur Lecture pour continuer quand même</translation>
    </message>
    <message>
        <source>it {iteration}{viewing} · epoch {epoch} · loss {loss}{test} · ‖∇C‖ {grad_norm} · lr {lr} ({critical}) · κ {kappa} · ‖θ−θ*‖ {distance} · {path}{functions}</source>
        <translation>it {iteration}{viewing} · époque {epoch} · coût {loss}{test} · ‖∇C‖ {grad_norm} · lr {lr} ({critical}) · κ {kappa} · ‖θ−θ*‖ {distance} · {path}{functions}</translation>
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
        <translation>la cible {name} vaut {value} dans chaque exemple, il n&apos;y a donc rien à ajuster ; choisissez une autre cible, ou donnez au générateur une pente ou du bruit</translation>
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
        <translation>Exemples par pas : 0 pour le lot complet, 1 pour le stochastique</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>How lr changes along the run: constant, step (halved now and then), exponential or cosine</source>
        <translation>Comment lr évolue pendant l&apos;entraînement : constant (constant), par paliers (step, divisé par deux de temps en temps), exponentiel (exponential) ou cosinus (cosine)</translation>
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
        <translation>Gradients du lot complet à partir de ZᵀZ et ZᵀY, dont le coût ne croît pas avec le nombre d&apos;exemples. Décoché : chaque pas passe par Linear → MSE → backward.</translation>
    </message>
</context>
<context>
    <name>CsvDialog</name>
    <message>
        <source>Open CSV: {name}</source>
        <translation>Ouvrir un CSV : {name}</translation>
    </message>
    <message>
        <source>Tick the column to predict, or several: each target gets a column of W</source>
        <translation>Cochez la colonne à prédire, ou plusieurs : chaque cible a sa colonne de W</translation>
    </message>
    <message>
        <source>Tick the columns to use as features</source>
        <translation>Cochez les colonnes à utiliser comme caractéristiques</translation>
    </message>
    <message>
        <source>Targets (what to predict: one or several)</source>
        <translation>Cibles (ce qu&apos;il faut prédire : une ou plusieurs)</translation>
    </message>
    <message>
        <source>Features (the inputs)</source>
        <translation>Caractéristiques (les entrées)</translation>
    </message>
    <message>
        <source>First rows of &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation>Premières lignes de &lt;b&gt;{name}&lt;/b&gt; :</translation>
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
        <translation>{features} → {targets} : W est {n} × {p} (caractéristiques × cibles), b a {entries}</translation>
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
        <translation>Boston Housing (Harrison &amp; Rubinfeld, 1978) : valeur médiane des logements (medv, en milliers de dollars) de 506 secteurs de recensement de Boston, à partir de 13 caractéristiques, comme dans l&apos;exercice du cours. Attention : la caractéristique `b` est raciste. Elle vaut 1000(Bk − 0,63)², où Bk est la proportion d&apos;habitants noirs par ville : elle encode l&apos;hypothèse des auteurs selon laquelle l&apos;auto-ségrégation raciale faisait monter les prix des logements, et elle ne peut pas être inversée pour retrouver Bk. scikit-learn a retiré ce jeu de données dans sa version 1.2 pour cette raison ; il n&apos;est gardé ici que parce que l&apos;exercice l&apos;utilise. Les caractéristiques brutes ont des échelles très différentes : sans standardisation, la hessienne est mal conditionnée.</translation>
    </message>
    <message>
        <source>Diabetes (Efron, Hastie, Johnstone &amp; Tibshirani, 2004): disease progression one year after baseline for 442 patients, from age, sex, body-mass index, blood pressure and six blood serum measurements (s1–s6), in original units.</source>
        <translation>Diabetes (Efron, Hastie, Johnstone &amp; Tibshirani, 2004) : progression de la maladie un an après l&apos;examen initial chez 442 patients, à partir de l&apos;âge, du sexe, de l&apos;indice de masse corporelle, de la pression artérielle et de six mesures du sérum sanguin (s1–s6), en unités d&apos;origine.</translation>
    </message>
    <message>
        <source>Palmer Penguins (Gorman, Williams &amp; Fraser, 2014): body mass (g) of 342 penguins of three species from their flipper length (mm). Two rows without measurements are dropped.</source>
        <translation>Palmer Penguins (Gorman, Williams &amp; Fraser, 2014) : masse corporelle (g) de 342 manchots de trois espèces, à partir de la longueur de leur nageoire (mm). Deux exemples sans mesures sont écartés.</translation>
    </message>
    <message>
        <source>{name} is a fixed dataset and takes no parameters</source>
        <translation>{name} est un jeu de données fixe et ne prend aucun paramètre</translation>
    </message>
    <message>
        <source>{name} has no parameter {key}; its parameters are: {known}</source>
        <translation>{name} n&apos;a pas de paramètre {key} ; ses paramètres sont : {known}</translation>
    </message>
    <message>
        <source>{name} {key}={value} is out of range; choose {low} to {high}</source>
        <translation>{name} {key}={value} est hors limites ; choisissez une valeur de {low} à {high}</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose one of {names} or import a CSV file</source>
        <translation>jeu de données {name} inconnu ; choisissez parmi {names} ou importez un fichier CSV</translation>
    </message>
    <message>
        <source>{name} has no values: every cell is empty or marks a missing value</source>
        <translation>{name} ne contient aucune valeur : chaque cellule est vide ou marque une valeur manquante</translation>
    </message>
    <message>
        <source>{name} has no numeric columns: its numbers use decimal commas (like &apos;2,5&apos;); save it with decimal points</source>
        <translation>{name} n&apos;a aucune colonne numérique : ses nombres ont une virgule décimale (comme &apos;2,5&apos;) ; enregistrez-le avec des points décimaux</translation>
    </message>
    <message>
        <source>{name} has no numeric columns (found {columns}); gradviz fits numbers, so the file needs at least two columns of numbers</source>
        <translation>{name} n&apos;a aucune colonne numérique (trouvé : {columns}) ; gradviz ajuste des nombres, le fichier doit donc avoir au moins deux colonnes de nombres</translation>
    </message>
    <message>
        <source>{path}: no such file; check the path</source>
        <translation>{path} : fichier introuvable ; vérifiez le chemin</translation>
    </message>
    <message>
        <source>A noisy line: y = {slope}·x + {intercept} + N(0, {noise}²). With x standardized, the landscape of w and b is round, and gradient descent walks straight to the optimum.</source>
        <translation>Une droite bruitée : y = {slope}·x + {intercept} + N(0, {noise}²). Avec x standardisé, le paysage de w et b est rond, et la descente de gradient va droit à l&apos;optimum.</translation>
    </message>
    <message>
        <source>Two features with correlation {correlation}: y = x1 + 2·x2 + noise. Standardizing cannot remove the correlation, so gradient descent zig-zags down a narrow valley, which the landscape shows as w[x1] against w[x2].</source>
        <translation>Deux caractéristiques de corrélation {correlation} : y = x1 + 2·x2 + bruit. La standardisation ne peut pas supprimer la corrélation : la descente de gradient zigzague au fond d&apos;une vallée étroite, que le paysage montre en w[x1] contre w[x2].</translation>
    </message>
    <message>
        <source>A line with outliers: y = 2·x + 1 + noise, with {hit} of {n} points pushed up by {low} to {high}. The least-squares line tilts toward them.</source>
        <translation>Une droite avec des valeurs aberrantes : y = 2·x + 1 + bruit, avec {hit} points sur {n} poussés vers le haut de {low} à {high}. La droite des moindres carrés penche vers eux.</translation>
    </message>
    <message>
        <source>A parabola, y = {bend}·x² + noise. A line cannot fit it: the best one is nearly flat and the residuals curve.</source>
        <translation>Une parabole, y = {bend}·x² + bruit. Une droite ne peut pas l&apos;ajuster : la meilleure est presque plate et les résidus dessinent une courbe.</translation>
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
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Step {iteration} → {next}, sub-step {k} of {count}: {substep}</source>
        <translation>Pas {iteration} → {next}, sous-étape {k} sur {count} : {substep}</translation>
    </message>
    <message>
        <source>The batch: all {q} training rows.</source>
        <translation>Le lot : les {q} exemples d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The batch: a mini-batch of {q} rows. The Gradient panel shows the full-batch gradient, so its bars differ from these numbers.</source>
        <translation>Le lot : un mini-lot de {q} exemples. Le panneau Gradient montre le gradient sur le lot complet, donc ses barres diffèrent de ces nombres.</translation>
    </message>
    <message>
        <source>Training used sufficient statistics; these are the numbers of the real graph of the same step.</source>
        <translation>L&apos;entraînement a utilisé des statistiques suffisantes ; voici les nombres du vrai graphe du même pas.</translation>
    </message>
    <message>
        <source>q = {q} examples, n = {n} features, p = {p} outputs: X ∈ ℝ&lt;sup&gt;q×n&lt;/sup&gt;, W ∈ ℝ&lt;sup&gt;n×p&lt;/sup&gt;, b ∈ ℝ&lt;sup&gt;p&lt;/sup&gt;, and Y, Ŷ ∈ ℝ&lt;sup&gt;q×p&lt;/sup&gt;.</source>
        <translation>q = {q} exemples, n = {n} caractéristiques, p = {p} sorties : X ∈ ℝ&lt;sup&gt;q×n&lt;/sup&gt;, W ∈ ℝ&lt;sup&gt;n×p&lt;/sup&gt;, b ∈ ℝ&lt;sup&gt;p&lt;/sup&gt;, et Y, Ŷ ∈ ℝ&lt;sup&gt;q×p&lt;/sup&gt;.</translation>
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
        <translation>Ici MSE.backward reçoit ∂C/∂C = 1 et renvoie δ = ∂C/∂Ŷ, de forme {y} ; Linear.backward reçoit δ et renvoie ∂C/∂W, de forme {w}, et ∂C/∂b, de forme {b}.</translation>
    </message>
    <message>
        <source>Q2 · The scalar case: one example, one feature</source>
        <translation>Q2 · Le cas scalaire : un exemple, une caractéristique</translation>
    </message>
    <message>
        <source>Row 1 of the batch{row}, for {label}:</source>
        <translation>Exemple 1 du lot{row}, pour {label} :</translation>
    </message>
    <message>
        <source> (training row {row})</source>
        <translation> (exemple d&apos;entraînement {row})</translation>
    </message>
    <message>
        <source>With {n} features, ŷ = Σ&lt;sub&gt;k&lt;/sub&gt; x&lt;sub&gt;k&lt;/sub&gt;w&lt;sub&gt;k&lt;/sub&gt; + b: the same formulas hold for each w.</source>
        <translation>Avec {n} caractéristiques, ŷ = Σ&lt;sub&gt;k&lt;/sub&gt; x&lt;sub&gt;k&lt;/sub&gt;w&lt;sub&gt;k&lt;/sub&gt; + b : les mêmes formules valent pour chaque w.</translation>
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
        <translation>torch.nn.MSELoss fait la moyenne sur les q·p = {qp} coefficients, c&apos;est donc C/p : ses gradients sont p = {p} fois plus petits que ceux de la mse du cours, qui divise par q = {q} seulement, et le même lr fait des pas {p} fois plus courts.</translation>
    </message>
    <message>
        <source>torch.nn.MSELoss divides by q·p; with p = 1 that is q = {q}, as the course&apos;s mse does. With p targets it would be p times smaller.</source>
        <translation>torch.nn.MSELoss divise par q·p ; avec p = 1 cela fait q = {q}, comme la mse du cours. Avec p sorties, il serait p fois plus petit.</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>un scalaire</translation>
    </message>
    <message>
        <source>{formula} is not computed: X needs no gradient</source>
        <translation>{formula} n&apos;est pas calculé : X n&apos;a pas besoin de gradient</translation>
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
        <source>{where}, the bar of {label} in the Gradient panel</source>
        <translation>{where}, la barre de {label} dans le panneau Gradient</translation>
    </message>
    <message>
        <source>The update: {symbol} ← {symbol} − lr·∂C/∂{symbol} = {old} − {lr}·{grad} = {new}</source>
        <translation>La mise à jour : {symbol} ← {symbol} − lr·∂C/∂{symbol} = {old} − {lr}·{grad} = {new}</translation>
    </message>
    <message>
        <source>The update ({optimizer}): {symbol} goes from {old} to {new}</source>
        <translation>La mise à jour ({optimizer}) : {symbol} passe de {old} à {new}</translation>
    </message>
    <message>
        <source>Common mistakes, on this batch</source>
        <translation>Erreurs fréquentes, sur ce lot</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong order.&lt;/b&gt; (Ŷ − Y)·Xᵀ instead of Xᵀ(Ŷ − Y) multiplies ({left})·({right}): </source>
        <translation>&lt;b&gt;Mauvais ordre.&lt;/b&gt; (Ŷ − Y)·Xᵀ au lieu de Xᵀ(Ŷ − Y) multiplie ({left})·({right}) : </translation>
    </message>
    <message>
        <source>a shape error, the inner sizes {a} and {b} differ; ∇W is {correct}.</source>
        <translation>une erreur de forme, les tailles intérieures {a} et {b} diffèrent ; ∇W est {correct}.</translation>
    </message>
    <message>
        <source>it aligns only because p = n = {p}, and gives a {result} matrix, not the {correct} ∇W.</source>
        <translation>les formes s&apos;accordent seulement parce que p = n = {p}, et cela donne une matrice {result}, pas le ∇W {correct}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ones for ∂C/∂b.&lt;/b&gt; A {jacobian} matrix of ones is ∂Ŷ/∂b, a Jacobian block, not the gradient. The gradient is its product with δ, the column sums of δ, of shape ({p},): ∇b = {value}.</source>
        <translation>&lt;b&gt;Des uns pour ∂C/∂b.&lt;/b&gt; Une matrice {jacobian} de uns est ∂Ŷ/∂b, un bloc de la jacobienne, pas le gradient. Le gradient est son produit avec δ, les sommes des colonnes de δ, de forme ({p},) : ∇b = {value}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropping the 1/q.&lt;/b&gt; ∂C/∂{label} would read {value}, {q} times too large. The critical learning rate falls from 2/λmax = {critical} to {critical}/{q} = {slip}: at lr = {lr}, gradient descent {fate}.</source>
        <translation>&lt;b&gt;Oublier le 1/q.&lt;/b&gt; ∂C/∂{label} vaudrait {value}, {q} fois trop grand. Le taux d&apos;apprentissage critique tombe de 2/λmax = {critical} à {critical}/{q} = {slip} : à lr = {lr}, la descente de gradient {fate}.</translation>
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
        <translation> L&apos;optimiseur {optimizer} de cette exécution divise chaque pas par la taille courante du gradient : il s&apos;en apercevrait à peine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flipping the sign.&lt;/b&gt; δ = (2/q)(Y − Ŷ), or θ ← θ + lr∇C, climbs the loss: gradient ascent.</source>
        <translation>&lt;b&gt;Inverser le signe.&lt;/b&gt; δ = (2/q)(Y − Ŷ), ou θ ← θ + lr∇C, fait monter le coût : c&apos;est une montée de gradient.</translation>
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
        <translation>le greffon {plugin} de Qt ne se charge pas ({error}) ; réinstallez PySide6 (pip install --force-reinstall PySide6-Essentials)</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform plugin needs {names}, which PySide6 should have installed; reinstall it (pip install --force-reinstall PySide6-Essentials)</source>
        <translation>le greffon de plateforme {platform} de Qt a besoin de {names}, que PySide6 aurait dû installer ; réinstallez-le (pip install --force-reinstall PySide6-Essentials)</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform plugin needs {names}, which is not installed; install it with `sudo apt-get install {packages}` (Debian and Ubuntu names), {way_out}</source>
        <translation>le greffon de plateforme {platform} de Qt a besoin de {names}, qui n&apos;est pas installée ; installez-la avec `sudo apt-get install {packages}` (noms Debian et Ubuntu), {way_out}</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform plugin needs {names}, which are not installed; install them with `sudo apt-get install {packages}` (Debian and Ubuntu names), {way_out}</source>
        <translation>le greffon de plateforme {platform} de Qt a besoin de {names}, qui ne sont pas installées ; installez-les avec `sudo apt-get install {packages}` (noms Debian et Ubuntu), {way_out}</translation>
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
        <translation>aucun affichage où ouvrir une fenêtre ({reasons}) ; lancez gradviz dans une session de bureau (ou corrigez la variable), {way_out}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): the gradient of {functions} is the likely cause, not lr {lr}, so the loss grew without bound. Check their backward (the Gradient check tab), or go back to gradviz&apos;s own Functions.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous}) : la cause probable est le gradient de {functions}, pas lr {lr}, donc le coût a crû sans limite. Vérifiez leur backward (onglet Vérification du gradient) ou revenez aux Functions de gradviz.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): the gradient of {functions} is the likely cause, not lr {lr} (below the critical {formula} = {critical}), so the loss grew without bound. Check their backward (the Gradient check tab), or go back to gradviz&apos;s own Functions.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous}) : la cause probable est le gradient de {functions}, pas lr {lr} (sous le taux critique {formula} = {critical}), donc le coût a crû sans limite. Vérifiez leur backward (onglet Vérification du gradient) ou revenez aux Functions de gradviz.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): lr {lr} is above the critical {formula} = {critical} of {optimizer}, so the loss grew without bound. Use a learning rate below {below}.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous}) : lr {lr} dépasse le taux critique {formula} = {critical} de {optimizer}, donc le coût a crû sans limite. Prenez un taux d&apos;apprentissage inférieur à {below}.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): {optimizer} with lr {lr} overshoots, so the loss grew without bound. Use a smaller learning rate: {optimizer} converges below {below}.</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous}) : {optimizer} avec lr {lr} dépasse l&apos;optimum à chaque pas, donc le coût a crû sans limite. Prenez un taux d&apos;apprentissage plus petit : {optimizer} converge sous {below}.</translation>
    </message>
    <message>
        <source>Diverged at step {step} (the run stays at step {previous}): {optimizer} with lr {lr} overshoots, so the loss grew without bound. Use a smaller learning rate, {below} say ({optimizer} has no critical rate).</source>
        <translation>Divergence au pas {step} (l&apos;exécution reste au pas {previous}) : {optimizer} avec lr {lr} dépasse l&apos;optimum à chaque pas, donc le coût a crû sans limite. Prenez un taux d&apos;apprentissage plus petit, {below} par exemple ({optimizer} n&apos;a pas de taux critique).</translation>
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
        <translation>le point de départ (W0, b0) est trop loin des données : {problems} en ce point, au-delà de ce que float64 représente ; partez plus près, avec W0 et b0 nuls (par défaut) ou de la taille de la solution des moindres carrés</translation>
    </message>
    <message>
        <source>{name} scales its steps by the gradients seen: no critical learning rate exists</source>
        <translation>{name} met ses pas à l&apos;échelle des gradients déjà vus : il n&apos;existe pas de taux d&apos;apprentissage critique</translation>
    </message>
    <message>
        <source>the loss is flat (λmax = 0): every learning rate converges</source>
        <translation>le coût est plat (λmax = 0) : tout taux d&apos;apprentissage converge</translation>
    </message>
    <message>
        <source>{name} converges iff lr &lt; {formula} = {lr}</source>
        <translation>{name} converge si et seulement si lr &lt; {formula} = {lr}</translation>
    </message>
    <message>
        <source>{name} converges for lr &lt; {formula} = {lr}, λmax of the batches of {size} drawn</source>
        <translation>{name} converge pour lr &lt; {formula} = {lr}, λmax des lots de {size} tirés</translation>
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
        <translation>{name} : {note}</translation>
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
        <translation>Graphique :</translation>
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
        <translation>Animer :</translation>
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
        <translation>Animation annulée : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Qt could not write the PNG</source>
        <translation>Qt n&apos;a pas pu écrire le PNG</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d&apos;enregistrer {path} : {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
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
        <translation>Avec plusieurs cibles : celle dont les données et l&apos;ajustement sont tracés</translation>
    </message>
    <message>
        <source>target:</source>
        <translation>cible :</translation>
    </message>
    <message>
        <source>With several features: what the horizontal axis shows</source>
        <translation>Avec plusieurs caractéristiques : ce que montre l&apos;axe horizontal</translation>
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
        <translation>axe x :</translation>
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
        <translation>Ajustement : {target} prédit contre réel</translation>
    </message>
    <message>
        <source>Fit: {target} against {feature} (other features at their means)</source>
        <translation>Ajustement : {target} selon {feature} (les autres caractéristiques à leur moyenne)</translation>
    </message>
    <message>
        <source>Fit: {target} against {feature}</source>
        <translation>Ajustement : {target} selon {feature}</translation>
    </message>
    <message>
        <source>model now (train)</source>
        <translation>modèle actuel (entraînement)</translation>
    </message>
    <message>
        <source>perfect: ŷ = y</source>
        <translation>parfait : ŷ = y</translation>
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
        <translation>gradviz n&apos;a pas pu vérifier {name} : {error}</translation>
    </message>
    <message>
        <source>check of {name}: PASS</source>
        <translation>vérification de {name} : RÉUSSI</translation>
    </message>
    <message>
        <source>check of {name}: FAIL, see Report…</source>
        <translation>vérification de {name} : ÉCHEC, voir Rapport…</translation>
    </message>
    <message>
        <source>cannot train with {name}: {error}</source>
        <translation>impossible d&apos;entraîner avec {name} : {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistake mode: {mistake}.&lt;/b&gt; {sentence} {ghost}</source>
        <translation>&lt;b&gt;Mode erreur : {mistake}.&lt;/b&gt; {sentence} {ghost}</translation>
    </message>
    <message>
        <source> Check: PASS.</source>
        <translation> Vérification : RÉUSSI.</translation>
    </message>
    <message>
        <source> Check: FAIL ({slips})</source>
        <translation> Vérification : ÉCHEC ({slips})</translation>
    </message>
    <message>
        <source> Check: FAIL</source>
        <translation> Vérification : ÉCHEC</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training with your Linear and MSE from {name}&lt;/b&gt; (graph path).{verdict} {ghost}</source>
        <translation>&lt;b&gt;Entraînement avec vos Linear et MSE de {name}&lt;/b&gt; (chemin du graphe).{verdict} {ghost}</translation>
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
        <translation>Appuyez sur « Lancer gradcheck » pour vérifier Linear et MSE aux W, b et lot actuels.</translation>
    </message>
    <message>
        <source>No batch yet: the check runs once a step is shown.</source>
        <translation>Pas encore de lot : la vérification se lance dès qu&apos;un pas est affiché.</translation>
    </message>
    <message>
        <source>W, b or the batch changed since this check: run it again.</source>
        <translation>W, b ou le lot ont changé depuis cette vérification : relancez-la.</translation>
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
        <translation>Vérifié {rows}, en {ms} ms : {verdict}.</translation>
    </message>
    <message>
        <source>Step eps {eps}. An entry passes when |analytic − numeric| ≤ atol + rtol·|numeric|, with atol {atol} and rtol {rtol}; “of tolerance” is the worst entry&apos;s error over its own tolerance (at most 1 to pass).</source>
        <translation>Pas eps {eps}. Un coefficient réussit quand |analytique − numérique| ≤ atol + rtol·|numérique|, avec atol {atol} et rtol {rtol} ; « de la tolérance » est l&apos;erreur du pire coefficient rapportée à sa propre tolérance (au plus 1 pour réussir).</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
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
        <translation>ex. {row} :</translation>
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
        <translation>{number}/{count}  &lt;b&gt;{title}&lt;/b&gt; : {detail}</translation>
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
        <translation>Pas {start} → {end} · sous-étape {number}/{count}, {title} : {detail}</translation>
    </message>
    <message>
        <source>gradviz: the graph of a training step</source>
        <translation>gradviz : le graphe d&apos;un pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training used sufficient statistics (ZᵀZ, ZᵀY) for this step; this is the same step through the graph.</source>
        <translation>L&apos;entraînement a utilisé des statistiques suffisantes (ZᵀZ, ZᵀY) pour ce pas ; voici le même pas à travers le graphe.</translation>
    </message>
    <message>
        <source>data: no gradient</source>
        <translation>donnée : pas de gradient</translation>
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
        <translation>{name} ← la mise à jour de {optimizer}, lr {lr} :
elle utilise aussi son propre état</translation>
    </message>
    <message>
        <source>seed: ∂C/∂C = {value}</source>
        <translation>graine : ∂C/∂C = {value}</translation>
    </message>
    <message>
        <source>.grad: not computed yet</source>
        <translation>.grad : pas encore calculé</translation>
    </message>
    <message>
        <source>Context: ctx.saved_tensors</source>
        <translation>Context : ctx.saved_tensors</translation>
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
        <translation>{title} : pas nécessaire</translation>
    </message>
    <message>
        <source>column sums of δ: shape p</source>
        <translation>sommes des colonnes de δ : forme p</translation>
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
        <translation>La flèche en pointillés est le pas que l&apos;optimiseur fait depuis le point montré, divisé par son lr et tracé à l&apos;échelle de −∇C : sur −∇C pour la GD simple, le long de la vitesse pour momentum, mis à l&apos;échelle coordonnée par coordonnée pour Adam, RMSProp et AdaGrad</translation>
    </message>
    <message>
        <source>Click to start from there; the wheel zooms, a drag pans</source>
        <translation>Cliquez pour partir de ce point ; la molette zoome, un glisser déplace la vue</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x :</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y :</translation>
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
</context>
<context>
    <name>Launch</name>
    <message>
        <source>racer {label} diverged at step {step}; it stops there, the others go on</source>
        <translation>le concurrent {label} a divergé au pas {step} ; il s&apos;arrête là, les autres continuent</translation>
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
        <source>least squares (train)</source>
        <translation>moindres carrés (entraînement)</translation>
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
        <translation>it {iteration} : entraînement {train}</translation>
    </message>
    <message>
        <source>it {iteration}: train {train}, test {test}</source>
        <translation>it {iteration} : entraînement {train} ; test {test}</translation>
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
        <translation>Le taux d&apos;apprentissage exact ; tapez une valeur ou utilisez les flèches</translation>
    </message>
    <message>
        <source>full-batch GD converges iff lr &lt; 2/λmax</source>
        <translation>GD sur le lot complet converge ssi lr &lt; 2/λmax</translation>
    </message>
    <message>
        <source>above: diverges</source>
        <translation>au-dessus : diverge</translation>
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
        <translation>gradviz : la descente de gradient à l&apos;œuvre</translation>
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
        <translation>Aucune : les Functions de gradviz</translation>
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
        <translation>La descente de gradient à l&apos;œuvre sur la régression linéaire : un moteur de différentiation automatique en NumPy (Linear, MSE, backward), pas à pas.</translation>
    </message>
</context>
<context>
    <name>Mistakes</name>
    <message>
        <source>The gradient points uphill: each step climbs the loss instead of descending it, so the loss grows at every step, whatever the learning rate (lr {lr} here).</source>
        <translation>Le gradient pointe vers le haut : chaque pas fait monter le coût au lieu de le faire descendre, donc le coût croît à chaque pas, quel que soit le taux d&apos;apprentissage (lr {lr} ici).</translation>
    </message>
    <message>
        <source>The gradient is q = {q} times too large: lr {lr} acts like {acts}, far above the critical rate {critical}, so the loss explodes.</source>
        <translation>Le gradient est q = {q} fois trop grand : lr {lr} agit comme {acts}, bien au-dessus du taux critique {critical}, donc le coût explose.</translation>
    </message>
    <message>
        <source>The gradient is q = {q} times too large: lr {lr} acts like {acts}, still below the critical rate {critical}: it converges, only faster, and a larger batch would make it explode.</source>
        <translation>Le gradient est q = {q} fois trop grand : lr {lr} agit comme {acts}, encore sous le taux critique {critical} : la descente converge, seulement plus vite, et un lot plus grand la ferait exploser.</translation>
    </message>
    <message>
        <source>∂C/∂b is 1 whatever the residuals: b falls by lr = {lr} at every step and never settles at the least-squares intercept, so after a first dip the loss grows again.</source>
        <translation>∂C/∂b vaut 1 quels que soient les résidus : b baisse de lr = {lr} à chaque pas et ne se pose jamais sur l&apos;ordonnée à l&apos;origine des moindres carrés, donc après une première baisse le coût remonte.</translation>
    </message>
    <message>
        <source>∂C/∂b comes back as δ, a ({q}, {p}) matrix, not its column sums, so gradviz refuses the step: it is not the gradient of C with respect to b. PyTorch would sum it down to b&apos;s shape without a word, so a torch descent loop (and torch&apos;s gradcheck) would look right.</source>
        <translation>∂C/∂b revient sous la forme de δ, une matrice ({q}, {p}), et non des sommes de ses colonnes, donc gradviz refuse le pas : ce n&apos;est pas le gradient de C par rapport à b. PyTorch le sommerait à la forme de b sans rien dire, si bien qu&apos;une boucle de descente torch (et le gradcheck de torch) auraient l&apos;air justes.</translation>
    </message>
    <message>
        <source>∂C/∂W is transposed, but with one feature and one target W is 1×1 and its transpose is itself: this slip hides here. Pick a dataset with several features to see it.</source>
        <translation>∂C/∂W est transposé, mais avec une caractéristique et une sortie W est 1×1 et sa transposée est lui-même : cette erreur se cache ici. Choisissez un jeu de données à plusieurs caractéristiques pour la voir.</translation>
    </message>
    <message>
        <source>∂C/∂W is transposed: W is {n}×{p}, square, so the shapes agree and each step moves W along the wrong entries.</source>
        <translation>∂C/∂W est transposé : W est {n}×{p}, carré, donc les formes s&apos;accordent et chaque pas déplace W selon les mauvais coefficients.</translation>
    </message>
    <message>
        <source>∂C/∂W comes back ({p}, {n}) for a W of ({n}, {p}): transposed. The step cannot be taken, and PyTorch stops the same way (&apos;returned an invalid gradient&apos;).</source>
        <translation>∂C/∂W revient de forme ({p}, {n}) pour un W de forme ({n}, {p}) : transposé. Le pas ne peut pas être fait, et PyTorch s&apos;arrête de la même façon (« returned an invalid gradient »).</translation>
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
    <name>Plots</name>
    <message>
        <source>Drag the legend to move it</source>
        <translation>Faites glisser la légende pour la déplacer</translation>
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
        <translation>{label} ; {name} {value}</translation>
    </message>
    <message>
        <source>a racer must be text like &apos;adam:lr=0.05&apos;, got {text}</source>
        <translation>un concurrent doit être un texte comme &apos;adam:lr=0.05&apos;, reçu : {text}</translation>
    </message>
    <message>
        <source>unknown optimizer {name} in racer {text}; the optimizers are {known}</source>
        <translation>optimiseur {name} inconnu dans le concurrent {text} ; les optimiseurs sont {known}</translation>
    </message>
    <message>
        <source>racer {text}: {item} is not KEY=VALUE; {name} takes {settings}</source>
        <translation>concurrent {text} : {item} n&apos;est pas de la forme KEY=VALUE ; {name} prend {settings}</translation>
    </message>
    <message>
        <source>racer {text}: {name} has no setting {key}; it takes {settings}</source>
        <translation>concurrent {text} : {name} n&apos;a pas de réglage {key} ; il prend {settings}</translation>
    </message>
    <message>
        <source>racer {text} gives {key} twice; give it once</source>
        <translation>le concurrent {text} donne {key} deux fois ; donnez-le une seule fois</translation>
    </message>
    <message>
        <source>racer {text}: {key}={value} is not a number</source>
        <translation>concurrent {text} : {key}={value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>racer {text}: lr must be from {low} to {high}, got {lr}</source>
        <translation>concurrent {text} : lr doit aller de {low} à {high}, reçu : {lr}</translation>
    </message>
    <message>
        <source>racer {text}: {error}</source>
        <translation>concurrent {text} : {error}</translation>
    </message>
    <message>
        <source>the race {text} has an empty racer; write {syntax}</source>
        <translation>la course {text} a un concurrent vide ; écrivez {syntax}</translation>
    </message>
    <message>
        <source>the race {text} starts with {item}; start it with an optimizer name</source>
        <translation>la course {text} commence par {item} ; commencez-la par un nom d&apos;optimiseur</translation>
    </message>
    <message>
        <source>a race has at most {most} racers, got {count}; leave some out</source>
        <translation>une course a au plus {most} concurrents, reçu : {count} ; retirez-en</translation>
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
        <translation>Course arrêtée : un seul entraînement à nouveau</translation>
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
        <translation>Chaque concurrent part du départ de l&apos;entraînement et prend les mêmes lots. Le concurrent 1 est l&apos;entraînement que changent les réglages ; la chronologie et les boutons de lecture les mènent tous.</translation>
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
        <translation>Le concurrent 1 est l&apos;entraînement ; le panneau de réglages le modifie</translation>
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
        <translation>{where} : {code}</translation>
    </message>
    <message>
        <source>arguments ({order}), as in the course</source>
        <translation>arguments ({order}), comme dans le cours</translation>
    </message>
    <message>
        <source>arguments ({order}): call it {name}.apply({order}); the course&apos;s order is (X, W, b), and nothing else changes</source>
        <translation>arguments ({order}) : appelez-la {name}.apply({order}) ; l&apos;ordre du cours est (X, W, b), et rien d&apos;autre ne change</translation>
    </message>
    <message>
        <source>W is (n, p) = ({n}, {p}) and the forward computes X @ W, as in the course</source>
        <translation>W est (n, p) = ({n}, {p}) et le forward calcule X @ W, comme dans le cours</translation>
    </message>
    <message>
        <source>W is (p, n) = ({p}, {n}) and the forward computes X @ W.T, as torch.nn.Linear stores its weight: your ∂W is the transpose of the course&apos;s ∂C/∂W (gradviz shows W as (n, p))</source>
        <translation>W est (p, n) = ({p}, {n}) et le forward calcule X @ W.T, comme torch.nn.Linear stocke ses poids : votre ∂W est la transposée du ∂C/∂W du cours (gradviz affiche W en (n, p))</translation>
    </message>
    <message>
        <source>b may be (p,) or (1, p); each gradient must have the shape of the b given</source>
        <translation>b peut être (p,) ou (1, p) ; chaque gradient doit avoir la forme du b donné</translation>
    </message>
    <message>
        <source>b is (p,), as in the course; a (1, p) row is refused</source>
        <translation>b est (p,), comme dans le cours ; une ligne (1, p) est refusée</translation>
    </message>
    <message>
        <source>b must be a (1, p) row; the course&apos;s b is (p,) = ({p},), which your forward refuses</source>
        <translation>b doit être une ligne (1, p) ; le b du cours est (p,) = ({p},), que votre forward refuse</translation>
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
        <translation>votre MSE fait la moyenne sur les q·p = {qp} entrées (comme torch.nn.MSELoss) ; la mse du cours divise seulement par q = {q}, donc vos gradients sont p = {p} fois plus petits et le même taux d&apos;apprentissage fait des pas {p} fois plus courts</translation>
    </message>
    <message>
        <source>your MSE sums the squared errors without dividing by q = {q} (q is the number of rows in a batch: {q} here): your gradients are q times the course&apos;s, so the same learning rate takes steps {q} times longer and the critical learning rate is {q} times smaller</source>
        <translation>votre MSE somme les carrés des erreurs sans diviser par q = {q} (q est le nombre d&apos;exemples d&apos;un lot : {q} ici) : vos gradients valent q fois ceux du cours, donc le même taux d&apos;apprentissage fait des pas {q} fois plus longs et le taux d&apos;apprentissage critique est {q} fois plus petit</translation>
    </message>
    <message>
        <source>your MSE returns the (q, p) = ({q}, {p}) matrix of squared errors, not a scalar: .backward() needs a scalar, and loss.sum().backward() descends on q = {q} times the course&apos;s mse</source>
        <translation>votre MSE renvoie la matrice (q, p) = ({q}, {p}) des carrés des erreurs, pas un scalaire : .backward() demande un scalaire, et loss.sum().backward() descend sur q = {q} fois la mse du cours</translation>
    </message>
    <message>
        <source>your MSE returns one mean per output column (p = {p} values), not a scalar; their sum is the course&apos;s mse</source>
        <translation>votre MSE renvoie une moyenne par colonne de sortie (p = {p} valeurs), pas un scalaire ; leur somme est la mse du cours</translation>
    </message>
    <message>
        <source>your MSE returns one mean per row (q = {q} values), not a scalar; their sum is q/p = {q}/{p} times the course&apos;s mse</source>
        <translation>votre MSE renvoie une moyenne par ligne (q = {q} valeurs), pas un scalaire ; leur somme vaut q/p = {q}/{p} fois la mse du cours</translation>
    </message>
    <message>
        <source>your MSE returns ‖Ŷ − Y‖, not its square divided by q: its gradient (Ŷ − Y)/‖Ŷ − Y‖ has norm 1 however small the error, so a fixed learning rate never slows down near the optimum (the minimiser is the same)</source>
        <translation>votre MSE renvoie ‖Ŷ − Y‖, pas son carré divisé par q : son gradient (Ŷ − Y)/‖Ŷ − Y‖ est de norme 1 si petite que soit l&apos;erreur, donc un taux d&apos;apprentissage fixe ne ralentit jamais près de l&apos;optimum (le minimiseur est le même)</translation>
    </message>
    <message>
        <source>your MSE computes none of the usual reductions (the course&apos;s 1/q, mean, sum, none, per-column or per-row means, norm)</source>
        <translation>votre MSE ne calcule aucune des réductions habituelles (le 1/q du cours, mean, sum, none, moyennes par colonne ou par ligne, norme)</translation>
    </message>
    <message>
        <source>your MSE is {factor} × the sum of the squared errors; the course&apos;s is 1/q = 1/{q}: your gradients are {times} times the course&apos;s</source>
        <translation>votre MSE vaut {factor} × la somme des carrés des erreurs ; celle du cours vaut 1/q = 1/{q} : vos gradients valent {times} fois ceux du cours</translation>
    </message>
    <message>
        <source>gradients: right</source>
        <translation>gradients : justes</translation>
    </message>
    <message>
        <source>gradients: WRONG</source>
        <translation>gradients : FAUX</translation>
    </message>
    <message>
        <source>gradients: right · course&apos;s definition: yes</source>
        <translation>gradients : justes · définition du cours : oui</translation>
    </message>
    <message>
        <source>gradients: right · course&apos;s definition: no</source>
        <translation>gradients : justes · définition du cours : non</translation>
    </message>
    <message>
        <source>gradients: WRONG · course&apos;s definition: yes</source>
        <translation>gradients : FAUX · définition du cours : oui</translation>
    </message>
    <message>
        <source>gradients: WRONG · course&apos;s definition: no</source>
        <translation>gradients : FAUX · définition du cours : non</translation>
    </message>
    <message>
        <source>slip {name}: {explanation}</source>
        <translation>erreur classique {name} : {explanation}</translation>
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
        <translation>{path} : {verdict}</translation>
    </message>
    <message>
        <source>every gradient matches finite differences of your own forward, with its input&apos;s shape</source>
        <translation>chaque gradient concorde avec les différences finies de votre propre forward, et a la forme de son entrée</translation>
    </message>
    <message>
        <source>but not the course&apos;s definitions (see the conventions above); --strict requires them</source>
        <translation>mais pas avec les définitions du cours (voir les conventions ci-dessus) ; --strict les exige</translation>
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
        <translation>ÉCHEC : aucune Function {name} trouvée ({has}) : le devoir comprend Linear et MSE, donc la chaîne mse(linear(X, W, b), Y) n&apos;a pas pu être vérifiée ; définissez `class {name}({base}):` dans le fichier</translation>
    </message>
    <message>
        <source>FAIL: no Linear and no MSE Function found ({has}): the homework is both Linear and MSE, so the chain mse(linear(X, W, b), Y) could not be checked; define `class Linear({base}):` and `class MSE({base}):` in the file</source>
        <translation>ÉCHEC : aucune Function Linear ni MSE trouvée ({has}) : le devoir comprend Linear et MSE, donc la chaîne mse(linear(X, W, b), Y) n&apos;a pas pu être vérifiée ; définissez `class Linear({base}):` et `class MSE({base}):` dans le fichier</translation>
    </message>
    <message>
        <source>conventions:</source>
        <translation>conventions :</translation>
    </message>
    <message>
        <source>not checked: {reason}</source>
        <translation>non vérifiée : {reason}</translation>
    </message>
    <message>
        <source>backward against finite differences of your forward (float64, random grad_output):</source>
        <translation>backward comparé aux différences finies de votre forward (float64, grad_output aléatoire) :</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>b {bias} runs too, but {failure} (not needed to pass: every gradient is right with b {passing})</source>
        <translation>b {bias} est accepté aussi, mais {failure} (pas nécessaire pour réussir : chaque gradient est juste avec b {passing})</translation>
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
        <translation>chaîne : loss = {call} ; loss.backward() en {dtype}, b {bias}</translation>
    </message>
    <message>
        <source>pass: loss {loss}; .grad within {error} of finite differences</source>
        <translation>réussi : loss {loss} ; .grad à moins de {error} des différences finies</translation>
    </message>
    <message>
        <source>FAIL: {reason}</source>
        <translation>ÉCHEC : {reason}</translation>
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
        <translation>{name} : {explanation}</translation>
    </message>
    <message>
        <source>{passed} of {total} file pass</source>
        <translation>{passed} fichier sur {total} réussit</translation>
    </message>
    <message>
        <source>{passed} of {total} files pass</source>
        <translation>fichiers réussis : {passed} sur {total}</translation>
    </message>
    <message>
        <source>{passed} of {total} file pass (--strict: the course&apos;s definitions too)</source>
        <translation>{passed} fichier sur {total} réussit (--strict : les définitions du cours aussi)</translation>
    </message>
    <message>
        <source>{passed} of {total} files pass (--strict: the course&apos;s definitions too)</source>
        <translation>fichiers réussis : {passed} sur {total} (--strict : les définitions du cours aussi)</translation>
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
        <translation>{name} : gradients faux</translation>
    </message>
    <message>
        <source>chain: {reason}</source>
        <translation>chaîne : {reason}</translation>
    </message>
    <message>
        <source>{path}: gradviz could not check this file ({error}: {message})</source>
        <translation>{path} : gradviz n&apos;a pas pu vérifier ce fichier ({error} : {message})</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>One gradient has the wrong sign: a descent step with it climbs instead of going down.</source>
        <translation>Un gradient a le mauvais signe : un pas de descente de gradient avec lui monte au lieu de descendre.</translation>
    </message>
    <message>
        <source>backward returns the gradients in another order than forward takes its inputs (for MSE, swapping ∂Ŷ and ∂Y gives the same numbers as flipping both signs).</source>
        <translation>backward renvoie les gradients dans un autre ordre que celui des entrées de forward (pour MSE, échanger ∂Ŷ et ∂Y donne les mêmes nombres que changer les deux signes).</translation>
    </message>
    <message>
        <source>backward is a constant multiple of the gradient of your own forward: the two divide by different numbers (q, p or q·p); use the same normalisation in both.</source>
        <translation>backward est un multiple constant du gradient de votre propre forward : les deux divisent par des nombres différents (q, p ou q·p) ; utilisez la même normalisation dans les deux.</translation>
    </message>
    <message>
        <source>Your gradient is q times too large: the 1/q of the mean was dropped (q = 1 would hide it).</source>
        <translation>Votre gradient est q fois trop grand : le 1/q de la moyenne a été oublié (q = 1 le cacherait).</translation>
    </message>
    <message>
        <source>∂X and ∂W are exchanged: ∂X = G·Wᵀ has X&apos;s shape (q, n), ∂W = Xᵀ·G has W&apos;s (n, p).</source>
        <translation>∂X et ∂W sont échangés : ∂X = G·Wᵀ a la forme de X (q, n), ∂W = Xᵀ·G celle de W (n, p).</translation>
    </message>
    <message>
        <source>A gradient is transposed: it must have its input&apos;s shape, entry for entry.</source>
        <translation>Un gradient est transposé : il doit avoir la forme de son entrée, coefficient par coefficient.</translation>
    </message>
    <message>
        <source>A product in backward has its factors in the wrong order (e.g. G·Xᵀ for Xᵀ·G): write the shapes, (n×q)(q×p) → n×p, to find the order.</source>
        <translation>Un produit dans backward a ses facteurs dans le mauvais ordre (par exemple G·Xᵀ au lieu de Xᵀ·G) : écrivez les formes, (n×q)(q×p) → n×p, pour trouver l&apos;ordre.</translation>
    </message>
    <message>
        <source>∂X is G·W; it is G·Wᵀ, of shape (q, n).</source>
        <translation>∂X vaut G·W ; c&apos;est G·Wᵀ, de forme (q, n).</translation>
    </message>
    <message>
        <source>∂b is a block of ones; it is the column sums of grad_output, Σᵢ Gᵢ, of shape (p,).</source>
        <translation>∂b est un bloc de uns ; c&apos;est la somme des colonnes de grad_output, Σᵢ Gᵢ, de forme (p,).</translation>
    </message>
    <message>
        <source>∂b is grad_output itself, (q, p): sum it over the rows (axis 0) to get b&apos;s shape; torch sums it silently, so its gradcheck passes, but it is not the gradient with respect to b.</source>
        <translation>∂b est grad_output lui-même, (q, p) : sommez-le sur les lignes (axis 0) pour obtenir la forme de b ; torch le somme sans rien dire, donc son gradcheck réussit, mais ce n&apos;est pas le gradient par rapport à b.</translation>
    </message>
    <message>
        <source>The forward computes X * W entry by entry; it is the matrix product X @ W (n = 1 hides this).</source>
        <translation>Le forward calcule X * W coefficient par coefficient ; c&apos;est le produit matriciel X @ W (n = 1 le cache).</translation>
    </message>
    <message>
        <source>backward ignores grad_output: multiply by it (chain rule), or the gradient is wrong whenever your Function is not the last one (grad_output = 1 hides this).</source>
        <translation>backward ignore grad_output : multipliez par lui (règle de dérivation en chaîne), sinon le gradient est faux dès que votre Function n&apos;est pas la dernière (grad_output = 1 le cache).</translation>
    </message>
    <message>
        <source>backward unpacks more saved tensors than forward saved with ctx.save_for_backward.</source>
        <translation>backward dépaquette plus de tenseurs sauvegardés que forward n&apos;en a sauvegardé avec ctx.save_for_backward.</translation>
    </message>
    <message>
        <source>backward builds a float64 tensor: in float32, torch&apos;s default, a descent script crashes; make new tensors with the dtype of grad_output (torch.ones_like, dtype=G.dtype).</source>
        <translation>backward crée un tenseur float64 : en float32, le défaut de torch, un script de descente de gradient plante ; créez les nouveaux tenseurs avec le dtype de grad_output (torch.ones_like, dtype=G.dtype).</translation>
    </message>
</context>
<context>
    <name>SvgExport</name>
    <message>
        <source>no plot {plot}; choose one of {plots}</source>
        <translation>aucun graphique {plot} ; choisissez parmi {plots}</translation>
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
        <translation>graphe : Linear → MSE → backward</translation>
    </message>
    <message>
        <source>{name}: {rows} rows ({train} train, {test} test), {features} feature → {targets}</source>
        <translation>{name} : {rows} exemples ({train} d&apos;entraînement, {test} de test), {features} caractéristique → {targets}</translation>
    </message>
    <message>
        <source>{name}: {rows} rows ({train} train, {test} test), {features} features → {targets}</source>
        <translation>{name} : {rows} exemples ({train} d&apos;entraînement, {test} de test), {features} caractéristiques → {targets}</translation>
    </message>
    <message>
        <source>standardized features</source>
        <translation>caractéristiques standardisées</translation>
    </message>
    <message>
        <source>raw features</source>
        <translation>caractéristiques brutes</translation>
    </message>
    <message>
        <source>steps run: {steps} (diverged)</source>
        <translation>pas effectués : {steps} (divergence)</translation>
    </message>
    <message>
        <source>steps run: {steps}</source>
        <translation>pas effectués : {steps}</translation>
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
        <translation>gradient calculé par : {path}</translation>
    </message>
    <message>
        <source>coefficients in original units:</source>
        <translation>coefficients en unités d&apos;origine :</translation>
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
        <translation>Faites glisser pour revoir un pas antérieur ; Lecture reprend de là</translation>
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
</TS>
