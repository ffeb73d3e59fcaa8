<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>Datasets</name>
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
</TS>
