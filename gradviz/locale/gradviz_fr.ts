<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Report</name>
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
</context>
</TS>
