<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AttendanceModel</name>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="139" />
      <source>Day {0}</source>
      <translation>Jour {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="141" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="150" />
      <source>A score from {0} to {1}; empty: not taken</source>
      <translation>Un score de {0} à {1} ; vide : non passé</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="152" />
      <source>From {0} (poor) to {1} (excellent); empty: not asked</source>
      <translation>De {0} (médiocre) à {1} (excellent) ; vide : non demandé</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="184" />
      <source>{0} (new: added to the registry when the event is saved)</source>
      <translation>{0} (nouveau : ajouté au registre à l’enregistrement de l’événement)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="196" />
      <source>(identity erased)</source>
      <translation>(identité effacée)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="156" />
      <source>The days ticked</source>
      <translation>Les jours cochés</translation>
    </message>
  </context>
  <context>
    <name>AttendanceTab</name>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="78" />
      <source>Find a person in the registry (name, organization, e-mail)…</source>
      <translation>Trouver une personne dans le registre (nom, organisation, courriel)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="80" />
      <source>Find a person</source>
      <translation>Trouver une personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="83" />
      <source>People found</source>
      <translation>Personnes trouvées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="86" />
      <source>Add to event</source>
      <translation>Ajouter à l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="102" />
      <source>Already in the registry?</source>
      <translation>Déjà dans le registre ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="106" />
      <source>People who may be the same person</source>
      <translation>Personnes qui pourraient être la même</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="107" />
      <source>Use this person</source>
      <translation>Utiliser cette personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="111" />
      <source>Add as a new person</source>
      <translation>Ajouter comme nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="314" />
      <source>{0} is already on this event's list.</source>
      <translation>{0} figure déjà sur la liste de cet événement.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="325" />
      <source>Already in the registry? {0} people of this name</source>
      <translation>Déjà dans le registre ? {0} personnes de ce nom</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="337" />
      <source>The registry could not be searched: {0}</source>
      <translation>Le registre n’a pas pu être consulté : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="369" />
      <source>Nothing to paste: copy a column of names first.</source>
      <translation>Rien à coller : copiez d’abord une colonne de noms.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="408" />
      <source>{0} people added from the pasted names.</source>
      <translation>{0} personnes ajoutées à partir des noms collés.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="139" />
      <source>People at this event</source>
      <translation>Personnes à cet événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="149" />
      <source>Take the selected people off this event</source>
      <translation>Retirer les personnes sélectionnées de cet événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="151" />
      <source>Paste names</source>
      <translation>Coller des noms</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="155" />
      <source>Add a column of names copied from a spreadsheet (organization in a 2nd column)</source>
      <translation>Ajouter une colonne de noms copiée d’un tableur (organisation dans une 2e colonne)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="227" />
      <source>The event now lasts {0} day(s): the ticks of later days were taken off for {1} people (back if you lengthen it again before saving).</source>
      <translation>L’événement dure maintenant {0} jour(s) : les coches des jours suivants ont été retirées pour {1} personnes (elles reviennent si vous le rallongez avant d’enregistrer).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="232" />
      <source>New days are unticked: tick who came.</source>
      <translation>Les nouveaux jours ne sont pas cochés : cochez les personnes venues.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="278" />
      <source>{0} is already registered at this event.</source>
      <translation>{0} est déjà inscrit(e) à cet événement.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="147" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="55" />
      <source>Restore from a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="55" />
      <source>Verify a backup</source>
      <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="57" />
      <source>Reading {0}…</source>
      <translation>Lecture de {0}…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="60" />
      <location filename="../../fieldapp/ui/backup_dialog.py" line="80" />
      <source>Passphrase of the backup</source>
      <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="61" />
      <source>I have the backup's recovery key instead</source>
      <translation>J’ai plutôt la clé de récupération de la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="69" />
      <source>Replace the store with this backup</source>
      <translation>Remplacer la base par cette sauvegarde</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="69" />
      <source>Verify</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="86" />
      <source>Reading the backup…</source>
      <translation>Lecture de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="107" />
      <source>Replace this store with the backup “{0}”, made {1}?

Everything in the store is replaced: what was recorded after {1} is no longer in it, changes not yet sent to HQ included. The store as it is now is kept aside, whole, in a “replaced-…” folder inside {2}. Afterwards the store opens with the passphrase that was valid when the backup was made.</source>
      <translation>Remplacer cette base par la sauvegarde « {0} », faite le {1} ?

Tout le contenu de la base est remplacé : ce qui a été saisi après le {1} n’y figure plus, y compris les modifications pas encore envoyées au siège. La base telle qu’elle est maintenant est mise de côté, entière, dans un dossier « replaced-… » dans {2}. Ensuite, la base s’ouvre avec la phrase secrète valable au moment de la sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="116" />
      <source>“{0}”, made {1}. Type its passphrase to check it whole.</source>
      <translation>« {0} », faite le {1}. Saisissez sa phrase secrète pour la vérifier en entier.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="132" />
      <source>Checking the backup, then replacing the store…</source>
      <translation>Vérification de la sauvegarde, puis remplacement de la base…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="135" />
      <source>Checking the whole backup…</source>
      <translation>Vérification de toute la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="157" />
      <source>“{0}” is sound: made {1}, schema version {2}.</source>
      <translation>« {0} » est intacte : faite le {1}, version de schéma {2}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="166" />
      <source>Restored “{0}”. The store is open again.</source>
      <translation>« {0} » restaurée. La base est de nouveau ouverte.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="168" />
      <source>The store it replaced is kept in {0}.</source>
      <translation>La base qu’elle a remplacée est conservée dans {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="170" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="174" />
      <source>That is not the recovery key of this backup.</source>
      <translation>Ce n’est pas la clé de récupération de cette sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="177" />
      <source>That is not the passphrase of this backup (the one valid when it was made).</source>
      <translation>Ce n’est pas la phrase secrète de cette sauvegarde (celle valable au moment où elle a été faite).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="180" />
      <source>Nothing was changed.</source>
      <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="191" />
      <source>Not restored: {0} The store was closed but not replaced: unlock it as usual.</source>
      <translation>Non restaurée : {0} La base a été fermée mais pas remplacée : déverrouillez-la comme d’habitude.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="195" />
      <source>Nothing was changed: {0}</source>
      <translation>Rien n’a été modifié : {0}</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../fieldapp/ui/charts.py" line="69" />
      <source>No data for this period</source>
      <translation>Aucune donnée pour cette période</translation>
    </message>
  </context>
  <context>
    <name>ConsentDateDialog</name>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="37" />
      <source>Consent given</source>
      <translation>Consentement donné</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="37" />
      <source>Consent withdrawn</source>
      <translation>Consentement retiré</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="40" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="42" />
      <source>On which day did the person give their consent?</source>
      <translation>À quelle date la personne a-t-elle donné son consentement ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="44" />
      <source>On which day did the person withdraw their consent?</source>
      <translation>À quelle date la personne a-t-elle retiré son consentement ?</translation>
    </message>
  </context>
  <context>
    <name>ConsentPanel</name>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="78" />
      <source>Consent given…</source>
      <translation>Consentement donné…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="80" />
      <source>Consent withdrawn…</source>
      <translation>Consentement retiré…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="86" />
      <source>Consent history</source>
      <translation>Historique du consentement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="99" />
      <source>Subject access report…</source>
      <translation>Rapport d’accès de la personne…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="102" />
      <source>A PDF of everything held on this person, for them to read</source>
      <translation>Un PDF de tout ce qui est conservé sur cette personne, à lui remettre</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="131" />
      <source>given</source>
      <translation>donné</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="131" />
      <source>withdrawn</source>
      <translation>retiré</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="135" />
      <source>No consent recorded.</source>
      <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="139" />
      <source>Consent given on {0}</source>
      <translation>Consentement donné le {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="141" />
      <source>Consent withdrawn on {0}</source>
      <translation>Consentement retiré le {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="143" />
      <source>Consent: none recorded</source>
      <translation>Consentement : aucun enregistré</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="145" />
      <source>(recorded when the person is saved)</source>
      <translation>(pris en compte à l’enregistrement de la personne)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="148" />
      <source>The legal basis is consent, and it was withdrawn: choose another basis, or erase the person.</source>
      <translation>La base légale est le consentement, et il a été retiré : choisissez une autre base, ou effacez la personne.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="161" />
      <source>Last recorded by {0}, {1}</source>
      <translation>Dernière saisie par {0}, {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="166" />
      <source>Person ID: {0}</source>
      <translation>Identifiant de la personne : {0}</translation>
    </message>
  </context>
  <context>
    <name>CountryCombo</name>
    <message>
      <location filename="../../fieldapp/ui/country_combo.py" line="115" />
      <source>“{0}” is no country in the list.</source>
      <translation>« {0} » n’est pas un pays de la liste.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="45" />
      <source>{0} ({1} named + {2} counted)</source>
      <translation>{0} ({1} nommées + {2} comptées)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="113" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="121" />
      <source>individuals trained</source>
      <translation>personnes formées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="122" />
      <source>workshops organized</source>
      <translation>ateliers organisés</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="123" />
      <source>women</source>
      <translation>femmes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="124" />
      <source>countries reached</source>
      <translation>pays atteints</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="125" />
      <source>person-days of training</source>
      <translation>jours-personnes de formation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="126" />
      <source>improved their test score</source>
      <translation>ont amélioré leur score</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="133" />
      <source>Individuals trained by sex and age band</source>
      <translation>Personnes formées par sexe et tranche d’âge</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="134" />
      <location filename="../../fieldapp/ui/dashboard.py" line="268" />
      <source>Events held by month</source>
      <translation>Événements tenus par mois</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="135" />
      <source>Events per beneficiary country</source>
      <translation>Événements par pays bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="136" />
      <source>Participants by nationality (each person once)</source>
      <translation>Participants par nationalité (chaque personne une fois)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="188" />
      <source>%Ln planned event(s) not counted yet: figures count held events only (mark each held once it has taken place).</source>
      <translation>
        <numerusform>%Ln événement prévu pas encore compté : les chiffres ne comptent que les événements tenus (marquez-le tenu une fois qu’il a eu lieu).</numerusform>
        <numerusform>%Ln événements prévus pas encore comptés : les chiffres ne comptent que les événements tenus (marquez chacun tenu une fois qu’il a eu lieu).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="202" />
      <source>individual(s) trained</source>
      <translation>
        <numerusform>personne formée</numerusform>
        <numerusform>personnes formées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="206" />
      <source>%Ln event(s) held</source>
      <translation>
        <numerusform>%Ln événement tenu</numerusform>
        <numerusform>%Ln événements tenus</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="207" />
      <source>workshop(s) organized</source>
      <translation>
        <numerusform>atelier organisé</numerusform>
        <numerusform>ateliers organisés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="222" />
      <source>country(ies) reached</source>
      <translation>
        <numerusform>pays atteint</numerusform>
        <numerusform>pays atteints</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="227" />
      <source>person-day(s) of training</source>
      <translation>
        <numerusform>jour-personne de formation</numerusform>
        <numerusform>jours-personnes de formation</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="270" />
      <source>Events held by month, {0}</source>
      <translation>Événements tenus par mois, {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="291" />
      <source>%Ln other country(ies)</source>
      <translation>
        <numerusform>%Ln autre pays</numerusform>
        <numerusform>%Ln autres pays</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="201" />
      <source>participations: {0}</source>
      <translation>participations : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="212" />
      <source>of {0} whose sex is recorded</source>
      <translation>sur {0} dont le sexe est renseigné</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="214" />
      <source>not recorded: {0}</source>
      <translation>non renseigné : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="296" />
      <source>Not recorded</source>
      <translation>Non renseigné</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="298" />
      <source>people</source>
      <translation>personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="171" />
      <source>Computing…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="232" />
      <source>mean gain {0} points</source>
      <translation>gain moyen {0} points</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="251" />
      <location filename="../../fieldapp/ui/dashboard.py" line="259" />
      <source>events</source>
      <translation>événements</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../fieldapp/ui/form_fields.py" line="100" />
      <source>Pick a date (Alt+Down)</source>
      <translation>Choisir une date (Alt+Bas)</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="55" />
      <location filename="../../fieldapp/ui/people_page.py" line="58" />
      <source>Possible duplicates</source>
      <translation>Doublons possibles</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="59" />
      <source>Looking for possible duplicates…</source>
      <translation>Recherche de doublons possibles…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="61" />
      <source>Merge: keep the first, move the second's attendance to it</source>
      <translation>Fusionner : garder le premier, lui transférer les participations du second</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="91" />
      <source>%Ln possible duplicate(s).</source>
      <translation>
        <numerusform>%Ln doublon possible.</numerusform>
        <numerusform>%Ln doublons possibles.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="93" />
      <source>No possible duplicates found.</source>
      <translation>Aucun doublon possible trouvé.</translation>
    </message>
  </context>
  <context>
    <name>ErasePerson</name>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="22" />
      <source>born {0}</source>
      <translation>né(e) en {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="31" />
      <source>Her name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>Son nom, son adresse électronique, son téléphone, sa fonction, son année de naissance et les notes la concernant sont supprimés de cet ordinateur et, après la prochaine synchronisation, du siège.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="37" />
      <source>Her attendance at one event stays as an anonymous count.</source>
      <translation>Sa participation à un événement reste comptée, de façon anonyme.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="41" />
      <source>Her %n attendances stay as anonymous counts.</source>
      <translation>Ses %n participations restent comptées, de façon anonyme.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="46" />
      <source>His name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>Son nom, son adresse électronique, son téléphone, sa fonction, son année de naissance et les notes le concernant sont supprimés de cet ordinateur et, après la prochaine synchronisation, du siège.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="52" />
      <source>His attendance at one event stays as an anonymous count.</source>
      <translation>Sa participation à un événement reste comptée, de façon anonyme.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="56" />
      <source>His %n attendances stay as anonymous counts.</source>
      <translation>Ses %n participations restent comptées, de façon anonyme.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="61" />
      <source>Their name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>Le nom, l’adresse électronique, le téléphone, la fonction, l’année de naissance et les notes de cette personne sont supprimés de cet ordinateur et, après la prochaine synchronisation, du siège.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="67" />
      <source>Their attendance at one event stays as an anonymous count.</source>
      <translation>Sa participation à un événement reste comptée, de façon anonyme.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="71" />
      <source>Their %n attendances stay as anonymous counts.</source>
      <translation>Ses %n participations restent comptées, de façon anonyme.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="77" />
      <source>Erase the identity of {0}?</source>
      <translation>Effacer l’identité de {0} ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="84" />
      <source>This cannot be undone.</source>
      <translation>Cette opération est irréversible.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="95" />
      <source>Erase a person's identity</source>
      <translation>Effacer l’identité d’une personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="98" />
      <source>Erase</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="133" />
      <source>Not erased</source>
      <translation>Non effacée</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="134" />
      <source>{0} was not erased: {1}</source>
      <translation>{0} n’a pas été effacé(e) : {1}</translation>
    </message>
  </context>
  <context>
    <name>EventEditor</name>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="97" />
      <source>Event type</source>
      <translation>Type d’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="98" />
      <source>Modality</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="99" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="108" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="111" />
      <source>Working group</source>
      <translation>Groupe de travail</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="114" />
      <source>not stated</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="119" />
      <source>Beneficiary countries</source>
      <translation>Pays bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="122" />
      <source>Outcomes</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="125" />
      <source>Pillars</source>
      <translation>Piliers</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="128" />
      <source>Partner entities</source>
      <translation>Entités partenaires</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="130" />
      <source>Donors</source>
      <translation>Donateurs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="139" />
      <source>people, {0}; empty: not stated</source>
      <translation>personnes, {0} ; vide : non indiqué</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="163" />
      <source>{0}: problem</source>
      <translation>{0} : problème</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="182" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="184" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="185" />
      <source>Head counts</source>
      <translation>Comptages</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="200" />
      <source>Why the event cannot be saved</source>
      <translation>Pourquoi l’événement ne peut pas être enregistré</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="201" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="205" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="292" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="308" />
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="366" />
      <source>this new event</source>
      <translation>ce nouvel événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="369" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="370" />
      <source>Save the changes to “{0}”?</source>
      <translation>Enregistrer les modifications de « {0} » ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="444" />
      <source>is not a date: type it like {0}.</source>
      <translation>n’est pas une date : saisissez-la comme {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="452" />
      <source>{0}, {1}</source>
      <translation>{0}, {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="491" />
      <source>Cannot save yet — {0}: {1}</source>
      <translation>Enregistrement impossible — {0} : {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="523" />
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="537" />
      <source>Not saved: {0}</source>
      <translation>Non enregistré : {0}</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="49" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="50" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="51" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="52" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="53" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="54" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="55" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="56" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="71" />
      <source>Search title, city or country…</source>
      <translation>Rechercher un titre, une ville ou un pays…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="72" />
      <source>Search events</source>
      <translation>Rechercher des événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="75" />
      <source>Period filter</source>
      <translation>Filtre de période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="76" />
      <source>Any date</source>
      <translation>Toutes dates</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="77" />
      <source>From – to</source>
      <translation>Du – au</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="83" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="84" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="89" />
      <source>Status filter</source>
      <translation>Filtre de statut</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="90" />
      <source>Any status</source>
      <translation>Tous statuts</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="94" />
      <source>Type filter</source>
      <translation>Filtre de type</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="95" />
      <source>Any type</source>
      <translation>Tous types</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="98" />
      <source>Any country</source>
      <translation>Tous les pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="99" />
      <source>Country filter</source>
      <translation>Filtre pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="128" />
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="131" />
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="132" />
      <source>Record a new event (Ctrl+N)</source>
      <translation>Enregistrer un nouvel événement (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="133" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="134" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/events_page.py" line="250" />
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>%Ln événement</numerusform>
        <numerusform>%Ln événements</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="253" />
      <source>No events yet: “New event” (Ctrl+N) records the first one.</source>
      <translation>Aucun événement pour l’instant : « Nouvel événement » (Ctrl+N) enregistre le premier.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="256" />
      <source>No event matches these filters.</source>
      <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="333" />
      <source>Delete event</source>
      <translation>Supprimer l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="335" />
      <source>Delete “{0}” ({1}) and its {2} attendances? It is kept as deleted for HQ and can be restored there.</source>
      <translation>Supprimer « {0} » ({1}) et ses {2} participations ? Il est conservé comme supprimé pour le siège, qui peut le restaurer.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="352" />
      <source>Not done</source>
      <translation>Non effectué</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="32" />
      <source>Strong enough.</source>
      <translation>Assez forte.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="155" />
      <source>Set up Field Office Data Collection</source>
      <translation>Configurer la collecte de données</translation>
    </message>
  </context>
  <context>
    <name>HeadCountGrid</name>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="25" />
      <location filename="../../fieldapp/ui/head_count_grid.py" line="43" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="35" />
      <source>{0}, {1}</source>
      <translation>{0}, {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="52" />
      <source>Total counted</source>
      <translation>Total compté</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="60" />
      <source>People who attended without being registered by name, counted by sex and age band.</source>
      <translation>Personnes présentes sans inscription nominative, comptées par sexe et tranche d’âge.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="36" />
      <source>Import people from %1</source>
      <translation>Importer des personnes depuis %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="114" />
      <source>%Ln row(s) read (%1).</source>
      <translation>
        <numerusform>%Ln ligne lue (%1).</numerusform>
        <numerusform>%Ln lignes lues (%1).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="132" />
      <source>Not read: %1</source>
      <translation>Non lues : %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="46" />
      <location filename="../../fieldapp/ui/import_dialog.py" line="96" />
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="51" />
      <source>First rows</source>
      <translation>Premières lignes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="53" />
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="62" />
      <source>Rows with problems</source>
      <translation>Lignes avec des problèmes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="66" />
      <source>… and %Ln more problem(s)</source>
      <translation>
        <numerusform>… et %Ln autre problème</numerusform>
        <numerusform>… et %Ln autres problèmes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="68" />
      <source>Already known</source>
      <translation>Déjà connues</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="72" />
      <source>… and %Ln more row(s)</source>
      <translation>
        <numerusform>… et %Ln autre ligne</numerusform>
        <numerusform>… et %Ln autres lignes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="75" />
      <source>Rows with problems (%1)</source>
      <translation>Lignes avec des problèmes (%1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="76" />
      <source>Already known (%1)</source>
      <translation>Déjà connues (%1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="83" />
      <source>Leave out the rows with problems and import the rest</source>
      <translation>Laisser de côté les lignes avec des problèmes et importer le reste</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="85" />
      <source>Leave out the rows with problems</source>
      <translation>Laisser de côté les lignes avec des problèmes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="98" />
      <source>First rows, as they will be stored</source>
      <translation>Premières lignes, telles qu’elles seront enregistrées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="126" />
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="127" />
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="131" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="138" />
      <source>Import %Ln person(s)</source>
      <translation>
        <numerusform>Importer %Ln personne</numerusform>
        <numerusform>Importer %Ln personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="117" />
      <source>They will also be registered at “%1”.</source>
      <translation>Elles seront aussi inscrites à « %1 ».</translation>
    </message>
  </context>
  <context>
    <name>ImportText</name>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="60" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="60" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="88" />
      <source>%1 or %2</source>
      <translation>%1 ou %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="93" />
      <source>%1 — did you mean %2?</source>
      <translation>%1 — vouliez-vous dire %2 ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="99" />
      <source>row %1, column “%2”: %3</source>
      <translation>ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="102" />
      <source>row %1, %2: %3</source>
      <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="110" />
      <source>same ID</source>
      <translation>même identifiant</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="111" />
      <source>same name</source>
      <translation>même nom</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="113" />
      <source>same name and e-mail</source>
      <translation>même nom et même courriel</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="114" />
      <source>same name, birth year and e-mail</source>
      <translation>même nom, même année de naissance et même courriel</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="117" />
      <source>same name, but another birth year or e-mail</source>
      <translation>même nom, mais une autre année de naissance ou un autre courriel</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="129" />
      <source>born %1</source>
      <translation>né(e) en %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="133" />
      <source>row %1</source>
      <translation>ligne %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="135" />
      <source>the registry</source>
      <translation>le registre</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="137" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="137" />
      <location filename="../../fieldapp/ui/import_text.py" line="173" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="144" />
      <source>(%1 people fit)</source>
      <translation>(%1 personnes correspondent)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="146" />
      <source>row %1: %2: %3: %4</source>
      <translation>ligne %1 : %2 : %3 : %4</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="158" />
      <source>Excel, sheet “%1”</source>
      <translation>Excel, feuille « %1 »</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="162" />
      <source>CSV, %1, tab separated</source>
      <translation>CSV, %1, séparé par des tabulations</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="164" />
      <source>CSV, %1, “%2” separated</source>
      <translation>CSV, %1, séparateur « %2 »</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="174" />
      <source>“%1”</source>
      <translation>« %1 »</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="177" />
      <source>No column of %1 holds the people's names (its columns: %2). Name that column “%3” in the sheet, then import it again.</source>
      <translation>Aucune colonne de %1 ne contient les noms des personnes (ses colonnes : %2). Nommez cette colonne « %3 » dans la feuille, puis importez-la de nouveau.</translation>
    </message>
  </context>
  <context>
    <name>JobBar</name>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="33" />
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="37" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="43" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="44" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="47" />
      <source>Show in folder</source>
      <translation>Afficher dans le dossier</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="90" />
      <source>Page %1 of about %2</source>
      <translation>Page %1 sur environ %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="93" />
      <source>Page %1</source>
      <translation>Page %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="95" />
      <source>Row %1 of %2</source>
      <translation>Ligne %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="98" />
      <source>Reading the records…</source>
      <translation>Lecture des données…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="104" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Event type</source>
      <translation>Type d’événement</translation>
    </message>
    <message>
      <source>Modality</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation>Pays hôte</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Working group</source>
      <translation>Groupe de travail</translation>
    </message>
    <message>
      <source>Total counted</source>
      <translation>Total compté</translation>
    </message>
    <message>
      <source>Beneficiary countries</source>
      <translation>Pays bénéficiaires</translation>
    </message>
    <message>
      <source>Outcomes</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Pillars</source>
      <translation>Piliers</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <source>Birth year</source>
      <translation>Année de naissance</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>Tranche d’âge</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>Organization type</source>
      <translation>Type d’organisation</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Consent date</source>
      <translation>Date du consentement</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Days attended</source>
      <translation>Jours de présence</translation>
    </message>
    <message>
      <source>Pre-test score</source>
      <translation>Score pré-test</translation>
    </message>
    <message>
      <source>Post-test score</source>
      <translation>Score post-test</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>Ce trimestre</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>Trimestre précédent</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Cette année</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Année précédente</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>Depuis le début</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Pre-test</source>
      <translation>Pré-test</translation>
    </message>
    <message>
      <source>Post-test</source>
      <translation>Post-test</translation>
    </message>
    <message>
      <source>same name and birth year</source>
      <translation>même nom et même année de naissance</translation>
    </message>
    <message>
      <source>same e-mail</source>
      <translation>même courriel</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <source>Donors</source>
      <translation>Donateurs</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personnalisée</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Days present</source>
      <translation>Présence par jour</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Ce mois-ci</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Mois précédent</translation>
    </message>
    <message>
      <source>event</source>
      <translation>événement</translation>
    </message>
    <message>
      <source>participant</source>
      <translation>participant</translation>
    </message>
    <message>
      <source>attendance</source>
      <translation>présence</translation>
    </message>
    <message>
      <source>head count</source>
      <translation>décompte</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Âge</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Base légale</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Depuis le</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Legal basis since</source>
      <translation>Base légale depuis le</translation>
    </message>
    <message>
      <source>Legal basis reason</source>
      <translation>Motif de la base légale</translation>
    </message>
    <message>
      <source>output</source>
      <translation>fichier nominatif</translation>
    </message>
    <message>
      <source>Public interest</source>
      <translation>Intérêt public</translation>
    </message>
    <message>
      <source>Legitimate interest</source>
      <translation>Intérêt légitime</translation>
    </message>
    <message>
      <source>Vital interest</source>
      <translation>Intérêt vital</translation>
    </message>
    <message>
      <source>Legal obligation</source>
      <translation>Obligation légale</translation>
    </message>
    <message>
      <source>All people</source>
      <translation>Toutes les personnes</translation>
    </message>
    <message>
      <source>No basis recorded</source>
      <translation>Aucune base enregistrée</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>Consentement retiré</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non renseignée</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="71" />
      <location filename="../../fieldapp/ui/main_window.py" line="86" />
      <source>Field Office Data Collection</source>
      <translation>Collecte de données des bureaux extérieurs</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/main_window.py" line="101" />
      <source>%Ln unsynced</source>
      <translation>
        <numerusform>%Ln non synchronisée</numerusform>
        <numerusform>%Ln non synchronisées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="150" />
      <source>Screens</source>
      <translation>Écrans</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="153" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="154" />
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="155" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="156" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="157" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="158" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="230" />
      <source>Not enrolled with HQ</source>
      <translation>Non inscrit auprès du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="232" />
      <source>Syncing…</source>
      <translation>Synchronisation…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="234" />
      <source>Online · HQ reached {0}</source>
      <translation>En ligne · siège joint le {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="236" />
      <source>Offline · last contact {0}</source>
      <translation>Hors ligne · dernier contact le {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="238" />
      <source>Offline · HQ not reached yet</source>
      <translation>Hors ligne · siège encore jamais joint</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="90" />
      <source>Unsynced changes</source>
      <translation>Modifications non synchronisées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="93" />
      <source>Working</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="94" />
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="95" />
      <source>Close the store now (Ctrl+L)</source>
      <translation>Fermer la base maintenant (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="89" />
      <location filename="../../fieldapp/ui/main_window.py" line="298" />
      <source>Locked</source>
      <translation>Verrouillé</translation>
    </message>
  </context>
  <context>
    <name>OfficePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="38" />
      <source>Your office</source>
      <translation>Votre bureau</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="39" />
      <source>The name and country of the office that records in this store.</source>
      <translation>Le nom et le pays du bureau qui enregistre dans cette base.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="42" />
      <source>e.g. Programme Office Rabat</source>
      <translation>p. ex. Bureau de programme de Rabat</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="43" />
      <source>Office name</source>
      <translation>Nom du bureau</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="44" />
      <source>Choose a country…</source>
      <translation>Choisir un pays…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="45" />
      <location filename="../../fieldapp/ui/first_run.py" line="49" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="48" />
      <source>Office</source>
      <translation>Bureau</translation>
    </message>
  </context>
  <context>
    <name>OutputLogBox</name>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="29" />
      <location filename="../../fieldapp/ui/output_log_box.py" line="50" />
      <source>Files with names</source>
      <translation>Fichiers nominatifs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="33" />
      <source>Every PDF or export that carries people's names is recorded here and reported to HQ (how many people, not who): a person can ask which files included them.</source>
      <translation>Chaque PDF ou export comportant des noms de personnes est consigné ici et signalé au siège (le nombre de personnes, pas leur identité) : une personne peut demander quels fichiers l’incluaient.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="42" />
      <source>When</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="43" />
      <source>Who</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="44" />
      <source>What</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="45" />
      <source>About</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="46" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="70" />
      <source>Event summary with names</source>
      <translation>Résumé d’événement avec les noms</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="71" />
      <source>Sign-in sheet</source>
      <translation>Feuille d’émargement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="72" />
      <source>Certificates</source>
      <translation>Certificats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="73" />
      <source>People export</source>
      <translation>Export des personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="74" />
      <source>Subject access report</source>
      <translation>Rapport d’accès de la personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="105" />
      <source>No file with names has been written on this computer.</source>
      <translation>Aucun fichier nominatif n’a été produit sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="108" />
      <source>{0} files with names written here; the latest {1} are listed.</source>
      <translation>{0} fichiers nominatifs produits ici ; les {1} plus récents sont listés.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/output_log_box.py" line="114" />
      <source>%Ln file(s) with names written here, newest first.</source>
      <translation>
        <numerusform>%Ln fichier nominatif produit ici.</numerusform>
        <numerusform>%Ln fichiers nominatifs produits ici, les plus récents en premier.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="23" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="37" />
      <source>Change the passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="24" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="53" />
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="25" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="54" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="26" />
      <source>New passphrase again</source>
      <translation>Nouvelle phrase secrète (confirmation)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="46" />
      <source>The recovery key keeps working. Backups in the store's folder take the new passphrase; copies already carried away (a USB stick) keep the one they were made with.</source>
      <translation>La clé de récupération reste valable. Les sauvegardes du dossier de la base prennent la nouvelle phrase secrète ; les copies déjà emportées (sur une clé USB) gardent celle avec laquelle elles ont été faites.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="55" />
      <source>Again</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="72" />
      <source>Type the same new passphrase twice.</source>
      <translation>Saisissez deux fois la même nouvelle phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="74" />
      <source>The new passphrase is the current one.</source>
      <translation>La nouvelle phrase secrète est identique à l’actuelle.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="81" />
      <source>Changing the passphrase…</source>
      <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="94" />
      <source>The passphrase is changed. Use the new one from now on; the recovery key still works.</source>
      <translation>La phrase secrète est changée. Utilisez désormais la nouvelle ; la clé de récupération fonctionne toujours.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="104" />
      <source>The current passphrase is not correct (capitals count). Nothing was changed. You can try again in {0} s.</source>
      <translation>La phrase secrète actuelle est incorrecte (les majuscules comptent). Rien n’a été modifié. Vous pourrez réessayer dans {0} s.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="111" />
      <source>Nothing was changed: {0}</source>
      <translation>Rien n’a été modifié : {0}</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="65" />
      <location filename="../../fieldapp/ui/first_run.py" line="73" />
      <location filename="../../fieldapp/ui/first_run.py" line="82" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="68" />
      <source>It opens the store. Nobody can reset it: if it is lost, only the recovery key opens the store.</source>
      <translation>Elle ouvre la base. Personne ne peut la réinitialiser : si elle est perdue, seule la clé de récupération ouvre la base.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="76" />
      <source>Passphrase again</source>
      <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="83" />
      <source>Again</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="99" />
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="120" />
      <source>Creating the encrypted store…</source>
      <translation>Création de la base chiffrée…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="135" />
      <source>The store could not be created: {0}</source>
      <translation>La base n’a pas pu être créée : {0}</translation>
    </message>
  </context>
  <context>
    <name>PastePreview</name>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="79" />
      <source>already on the list</source>
      <translation>déjà sur la liste</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="81" />
      <source>repeated above</source>
      <translation>déjà plus haut</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="105" />
      <source>born {0}</source>
      <translation>né(e) en {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="112" />
      <source>last: {0} ({1})</source>
      <translation>dernier : {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="125" />
      <source>Paste names</source>
      <translation>Coller des noms</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="129" />
      <source>Pasted names</source>
      <translation>Noms collés</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>What happens</source>
      <translation>Ce qui se passe</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="143" />
      <source>What happens to {0}</source>
      <translation>Ce qui arrive à {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="145" />
      <source>Skip: {0}</source>
      <translation>Ignorer : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="148" />
      <source>Use: {0}</source>
      <translation>Utiliser : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="150" />
      <source>Add as a new person (sex not recorded)</source>
      <translation>Ajouter comme nouvelle personne (sexe non renseigné)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="153" />
      <source>Skip: {0} people fit, choose one</source>
      <translation>Ignorer : {0} personnes correspondent, choisissez-en une</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="157" />
      <source>Skip</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="189" />
      <source>{0} of {1} lines will be added ({2} new to the registry).</source>
      <translation>{0} lignes sur {1} seront ajoutées ({2} nouvelles dans le registre).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="194" />
      <source>Add {0}</source>
      <translation>Ajouter {0}</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="114" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="115" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="116" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="117" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="118" />
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="132" />
      <source>Search name, organization or e-mail…</source>
      <translation>Rechercher un nom, une organisation ou un courriel…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="133" />
      <source>Search people</source>
      <translation>Rechercher des personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="137" />
      <source>Legal basis</source>
      <translation>Base légale</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="138" />
      <source>Show only the people held on this legal basis</source>
      <translation>N’afficher que les personnes dont les données sont conservées sur cette base légale</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="151" />
      <source>Possible duplicates…</source>
      <translation>Doublons possibles…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="154" />
      <source>Erase…</source>
      <translation>Effacer…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="157" />
      <source>Remove the chosen person's identity; their attendance stays as counts</source>
      <translation>Effacer l’identité de la personne choisie ; ses présences restent sous forme de décomptes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="161" />
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="163" />
      <source>Add a person to the registry (Ctrl+N)</source>
      <translation>Ajouter une personne au registre (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="183" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="189" />
      <location filename="../../fieldapp/ui/people_page.py" line="191" />
      <source>Events attended</source>
      <translation>Événements suivis</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="263" />
      <source>Identity erased. Their attendance still counts, under no name.</source>
      <translation>Identité effacée. Sa participation reste comptée, sans nom.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="280" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>%Ln personne</numerusform>
        <numerusform>%Ln personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="282" />
      <source>Nobody held on this basis.</source>
      <translation>Aucune personne enregistrée sur cette base.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="285" />
      <location filename="../../fieldapp/ui/people_page.py" line="286" />
      <source>Nobody found for “{0}”.</source>
      <translation>Personne n’a été trouvé pour « {0} ».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="288" />
      <source>No one yet.</source>
      <translation>Personne pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="290" />
      <source>Add people with New person (Ctrl+N) or on an event's Participants tab.</source>
      <translation>Ajoutez des personnes avec Nouvelle personne (Ctrl+N) ou dans l’onglet Participants d’un événement.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="327" />
      <source>None yet: events are added on an event's Participants tab.</source>
      <translation>Aucun pour l’instant : les événements s’ajoutent dans l’onglet Participants d’un événement.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="354" />
      <source>No events yet.</source>
      <translation>Aucun événement pour l’instant.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="24" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="31" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="31" />
      <source>To</source>
      <translation>Au</translation>
    </message>
  </context>
  <context>
    <name>PersonFields</name>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="54" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="58" />
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="76" />
      <source>the date it applies from</source>
      <translation>date à partir de laquelle elle s’applique</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="78" />
      <source>why the data is held (stays on this computer)</source>
      <translation>motif de la conservation des données (reste sur cet ordinateur)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="88" />
      <source>e.g. 1985</source>
      <translation>p. ex. 1985</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="143" />
      <source>{0}: problem</source>
      <translation>{0} : problème</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="116" />
      <source>Save person</source>
      <translation>Enregistrer la personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="283" />
      <source>this person</source>
      <translation>cette personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="290" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="423" />
      <source>Not saved yet: this name is in the registry.</source>
      <translation>Pas encore enregistré : ce nom est dans le registre.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="286" />
      <source>Save the changes to “{0}”?</source>
      <translation>Enregistrer les modifications de « {0} » ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="353" />
      <source>Cannot save yet: {0}</source>
      <translation>Enregistrement impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="382" />
      <location filename="../../fieldapp/ui/person_form.py" line="455" />
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="112" />
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="114" />
      <source>Give up the changes typed here</source>
      <translation>Abandonner les modifications saisies ici</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="285" />
      <source>Save the new person “{0}”?</source>
      <translation>Enregistrer la nouvelle personne « {0} » ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="333" />
      <source>choose one, or “not recorded”.</source>
      <translation>choisissez-en un, ou « non renseigné ».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="357" />
      <source>New person: in the registry once saved.</source>
      <translation>Nouvelle personne : dans le registre une fois enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>QuickAddForm</name>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="47" />
      <source>Quick add a new person</source>
      <translation>Ajout rapide d’une personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="51" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="52" />
      <source>New person's full name</source>
      <translation>Nom complet de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="53" />
      <source>New person's sex</source>
      <translation>Sexe de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="53" />
      <source>Sex…</source>
      <translation>Sexe…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="58" />
      <source>New person's birth year</source>
      <translation>Année de naissance de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="59" />
      <source>Birth year…</source>
      <translation>Année de naissance…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="63" />
      <source>New person's age band</source>
      <translation>Tranche d’âge de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="64" />
      <source>or age band…</source>
      <translation>ou tranche d’âge…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="69" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="70" />
      <source>New person's organization</source>
      <translation>Organisation de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="73" />
      <source>New person's organization type</source>
      <translation>Type d’organisation de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="74" />
      <source>Organization type…</source>
      <translation>Type d’organisation…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="77" />
      <source>Nationality…</source>
      <translation>Nationalité…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="79" />
      <source>New person's nationality</source>
      <translation>Nationalité de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="80" />
      <source>Consents to data processing</source>
      <translation>Consent au traitement des données</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="84" />
      <source>Consent date</source>
      <translation>Date du consentement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="86" />
      <source>Add new person</source>
      <translation>Ajouter la personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="142" />
      <source>Sex: choose one, or “not recorded”.</source>
      <translation>Sexe : choisissez-en un, ou « non renseigné ».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="151" />
      <source>Consent date: type a date like {0}.</source>
      <translation>Date du consentement : saisissez une date comme {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="170" />
      <source>Nationality: {0}</source>
      <translation>Nationalité : {0}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="52" />
      <source>Something went wrong; it was logged.</source>
      <translation>Une erreur est survenue ; elle a été journalisée.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="79" />
      <source>Open the store with the recovery key</source>
      <translation>Ouvrir la base avec la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="107" />
      <source>Type the recovery key that was printed or written down when the store was made: {0} groups of 4 letters and digits. Spaces, dashes and small letters are fine.</source>
      <translation>Saisissez la clé de récupération imprimée ou notée à la création de la base : {0} groupes de 4 lettres et chiffres. Les espaces, tirets et minuscules sont acceptés.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="115" />
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="124" />
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="118" />
      <source>Check the key</source>
      <translation>Vérifier la clé</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="134" />
      <source>A recovery key has {0} letters and digits; this one has {1}.</source>
      <translation>Une clé de récupération compte {0} lettres et chiffres ; celle-ci en compte {1}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="139" />
      <source>Checking the key…</source>
      <translation>Vérification de la clé…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="147" />
      <source>The key is right. Set a new passphrase for {0}.</source>
      <translation>La clé est correcte. Choisissez une nouvelle phrase secrète pour {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="163" />
      <source>That recovery key does not open this store. Check each group of four against the paper. Nothing was changed. You can try again in {0} s.</source>
      <translation>Cette clé de récupération n’ouvre pas cette base. Comparez chaque groupe de quatre avec le papier. Rien n’a été modifié. Vous pourrez réessayer dans {0} s.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="177" />
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="190" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="178" />
      <source>New passphrase again</source>
      <translation>Nouvelle phrase secrète (confirmation)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="182" />
      <source>Set the passphrase and open</source>
      <translation>Définir la phrase secrète et ouvrir</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="191" />
      <source>Again</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="204" />
      <source>Type the same passphrase twice.</source>
      <translation>Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="211" />
      <source>Setting the new passphrase and opening the store…</source>
      <translation>Définition de la nouvelle phrase secrète et ouverture de la base…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="220" />
      <source>Nothing was changed: {0}</source>
      <translation>Rien n’a été modifié : {0}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="37" />
      <source>Recovery key of the store</source>
      <translation>Clé de récupération de la base</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="38" />
      <source>If the passphrase is forgotten: on the lock screen choose “Forgot the passphrase? Use the recovery key”, type this key, then set a new passphrase.</source>
      <translation>Si la phrase secrète est oubliée : sur l’écran de verrouillage, choisissez « Phrase secrète oubliée ? Utiliser la clé de récupération », saisissez cette clé, puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="43" />
      <source>Keep this sheet apart from the computer, somewhere locked. Anyone who has it and the computer can open the office's records.</source>
      <translation>Conservez cette feuille à l’écart de l’ordinateur, sous clé. Quiconque l’a en main avec l’ordinateur peut ouvrir les données du bureau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="71" />
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="84" />
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="74" />
      <source>Print it, save it as a PDF or write it down, and keep it apart from this computer. It is shown only now.</source>
      <translation>Imprimez-la, enregistrez-la en PDF ou notez-la, et conservez-la à l’écart de cet ordinateur. Elle n’est affichée que maintenant.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="86" />
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="89" />
      <source>Save as PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="92" />
      <source>I wrote it down</source>
      <translation>Je l’ai notée</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="106" />
      <source>If the passphrase is forgotten, this key opens the store and sets a new passphrase. Nobody else can open it: without the passphrase or this key, every record is lost.</source>
      <translation>Si la phrase secrète est oubliée, cette clé ouvre la base et permet d’en choisir une nouvelle. Personne d’autre ne peut l’ouvrir : sans la phrase secrète ni cette clé, toutes les données sont perdues.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="130" />
      <source>Keep the recovery key before closing: print it, save it as a PDF, or write it down and tick “I wrote it down”. Without it a forgotten passphrase loses every record.</source>
      <translation>Conservez la clé de récupération avant de fermer : imprimez-la, enregistrez-la en PDF, ou notez-la et cochez « Je l’ai notée ». Sans elle, une phrase secrète oubliée fait perdre toutes les données.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="151" />
      <source>Sent to the printer. Check that the sheet came out whole.</source>
      <translation>Envoyée à l’imprimante. Vérifiez que la feuille est sortie en entier.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="157" />
      <source>Save the recovery key as a PDF</source>
      <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="159" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="167" />
      <source>The PDF could not be written to {0}. Choose another folder.</source>
      <translation>Le PDF n’a pas pu être écrit dans {0}. Choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="172" />
      <source>Saved to {0}. Copy it to a USB stick or print it, and keep it away from this computer.</source>
      <translation>Enregistrée dans {0}. Copiez-la sur une clé USB ou imprimez-la, et conservez-la à l’écart de cet ordinateur.</translation>
    </message>
  </context>
  <context>
    <name>ReportLanguage</name>
    <message>
      <location filename="../../fieldapp/ui/report_language.py" line="19" />
      <source>Language of the report</source>
      <translation>Langue du rapport</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/report_language.py" line="22" />
      <source>The language the PDFs are written in. Certificates are in the event's own language unless one is picked here.</source>
      <translation>La langue dans laquelle les PDF sont rédigés. Les certificats sont dans la langue de l’événement, sauf si une langue est choisie ici.</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="83" />
      <source>List participants' names under each event</source>
      <translation>Lister les noms des participants sous chaque événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="84" />
      <source>Include participants' names</source>
      <translation>Inclure les noms des participants</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="85" />
      <source>Period highlights (PDF)…</source>
      <translation>Faits marquants de la période (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="87" />
      <source>Period highlights</source>
      <translation>Faits marquants de la période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="89" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="98" />
      <source>Headline figures, breakdowns by country, outcome, programme and month, charts and the list of events held.</source>
      <translation>Chiffres clés, ventilations par pays, résultat, programme et mois, graphiques et liste des événements tenus.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="107" />
      <location filename="../../fieldapp/ui/reports_page.py" line="113" />
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="109" />
      <source>List the people registered</source>
      <translation>Lister les personnes inscrites</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="110" />
      <source>Include the people registered</source>
      <translation>Inclure les personnes inscrites</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="111" />
      <source>One event</source>
      <translation>Un événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="117" />
      <source>Event summary (PDF)…</source>
      <translation>Résumé de l’événement (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="118" />
      <source>Sign-in sheet (PDF)…</source>
      <translation>Feuille d’émargement (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="119" />
      <source>Certificates (PDF)…</source>
      <translation>Certificats (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="136" />
      <source>Language of the report</source>
      <translation>Langue du rapport</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="140" />
      <source>Spreadsheets</source>
      <translation>Tableurs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="142" />
      <source>What to export</source>
      <translation>Que exporter</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="144" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="145" />
      <source>Events (of the period above)</source>
      <translation>Événements (de la période ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="146" />
      <source>Attendance (of the period above)</source>
      <translation>Présences (de la période ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="147" />
      <source>Figures (of the period above)</source>
      <translation>Chiffres (de la période ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="151" />
      <location filename="../../fieldapp/ui/reports_page.py" line="358" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="153" />
      <source>Export (XLSX or CSV)…</source>
      <translation>Exporter (XLSX ou CSV)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="157" />
      <source>Import people…</source>
      <translation>Importer des personnes…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="300" />
      <source>%Ln individual(s) trained</source>
      <translation>
        <numerusform>%Ln personne formée</numerusform>
        <numerusform>%Ln personnes formées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="301" />
      <source>%Ln workshop(s) organized</source>
      <translation>
        <numerusform>%Ln atelier organisé</numerusform>
        <numerusform>%Ln ateliers organisés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="331" />
      <source>%Ln name(s) filled in</source>
      <translation>
        <numerusform>%Ln nom rempli</numerusform>
        <numerusform>%Ln noms remplis</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="346" />
      <source>Saved %Ln certificate(s) to %1.</source>
      <translation>
        <numerusform>%Ln certificat enregistré dans %1.</numerusform>
        <numerusform>%Ln certificats enregistrés dans %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="366" />
      <source>Saved %Ln row(s) to %1.</source>
      <translation>
        <numerusform>%Ln ligne enregistrée dans %1.</numerusform>
        <numerusform>%Ln lignes enregistrées dans %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="399" />
      <source>Added %Ln person(s)</source>
      <translation>
        <numerusform>%Ln personne ajoutée</numerusform>
        <numerusform>%Ln personnes ajoutées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="400" />
      <source>%Ln already in the registry</source>
      <translation>
        <numerusform>%Ln était déjà dans le registre</numerusform>
        <numerusform>%Ln étaient déjà dans le registre</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="401" />
      <source>%Ln row(s) left out</source>
      <translation>
        <numerusform>%Ln ligne écartée</numerusform>
        <numerusform>%Ln lignes écartées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="332" />
      <source>Saved %1 (%2).</source>
      <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="403" />
      <source>%1; %2; %3.</source>
      <translation>%1 ; %2 ; %3.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="214" />
      <source>Writing %1…</source>
      <translation>Écriture de %1…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="265" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="275" />
      <source>Choose an event first (there is none yet).</source>
      <translation>Choisissez d’abord un événement (il n’y en a pas encore).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="291" />
      <source>Save the period highlights</source>
      <translation>Enregistrer les faits marquants de la période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="309" />
      <source>the period highlights</source>
      <translation>les faits marquants de la période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="312" />
      <source>Save the event summary</source>
      <translation>Enregistrer le résumé de l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="320" />
      <source>Saved %1.</source>
      <translation>%1 enregistré.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="318" />
      <source>the event summary</source>
      <translation>le résumé de l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="233" />
      <source>Cancelled: nothing was written.</source>
      <translation>Annulé : rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="289" />
      <source>Period report %1 %2</source>
      <translation>Rapport de période %1 %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="303" />
      <source>Saved %1: %2, %3.</source>
      <translation>%1 enregistré : %2, %3.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="312" />
      <source>Event summary</source>
      <translation>Résumé de l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="324" />
      <source>Save the sign-in sheet</source>
      <translation>Enregistrer la feuille d’émargement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="324" />
      <source>Sign-in sheet</source>
      <translation>Feuille d’émargement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="334" />
      <source>the sign-in sheet</source>
      <translation>la feuille d’émargement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="337" />
      <source>Save the certificates</source>
      <translation>Enregistrer les certificats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="337" />
      <source>Certificates</source>
      <translation>Certificats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="349" />
      <source>the certificates</source>
      <translation>les certificats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="358" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="369" />
      <source>the export</source>
      <translation>l’export</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="373" />
      <source>Import people</source>
      <translation>Importer des personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="375" />
      <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
      <translation>Tableurs (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="388" />
      <source>Reading %1…</source>
      <translation>Lecture de %1…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="412" />
      <source>the people</source>
      <translation>les personnes</translation>
    </message>
  </context>
  <context>
    <name>RetentionOffer</name>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="53" />
      <location filename="../../fieldapp/ui/retention_offer.py" line="121" />
      <source>Identities due for erasure</source>
      <translation>Identités à effacer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="56" />
      <source>%n people have had no event in {0} years.</source>
      <translation>
        <numerusform>%n personne n’a participé à aucun événement depuis {0} ans.</numerusform>
        <numerusform>%n personnes n’ont participé à aucun événement depuis {0} ans.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="60" />
      <source>Their identities are due for erasure under the office's policy.</source>
      <translation>Leurs identités doivent être effacées conformément à la politique du bureau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="64" />
      <source>1 person has had no event in {0} years.</source>
      <translation>1 personne n’a participé à aucun événement depuis {0} ans.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="66" />
      <source>Their identity is due for erasure under the office's policy.</source>
      <translation>Son identité doit être effacée conformément à la politique du bureau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="72" />
      <source>People due for erasure</source>
      <translation>Personnes dont l’identité est à effacer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="74" />
      <source>Review…</source>
      <translation>Examiner…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="77" />
      <source>Erase now</source>
      <translation>Effacer maintenant</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="80" />
      <source>Later</source>
      <translation>Plus tard</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="105" />
      <source>last event {0}</source>
      <translation>dernier événement le {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="107" />
      <source>no event</source>
      <translation>aucun événement</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="124" />
      <source>Erase the identities of %n people? Their names, e-mails, phones, positions, birth years and notes are removed from this computer and, after the next sync, from HQ; their attendance stays as anonymous counts. This cannot be undone.</source>
      <translation>
        <numerusform>Effacer l’identité de %n personne ? Son nom, son adresse électronique, son téléphone, sa fonction, son année de naissance et ses notes sont supprimés de cet ordinateur et, après la prochaine synchronisation, du siège ; sa participation reste comptée de façon anonyme. Cette opération est irréversible.</numerusform>
        <numerusform>Effacer l’identité de %n personnes ? Leurs noms, adresses électroniques, téléphones, fonctions, années de naissance et notes sont supprimés de cet ordinateur et, après la prochaine synchronisation, du siège ; leur participation reste comptée de façon anonyme. Cette opération est irréversible.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="132" />
      <source>Erase</source>
      <translation>Effacer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="154" />
      <source>%n identities erased.</source>
      <translation>
        <numerusform>%n identité effacée.</numerusform>
        <numerusform>%n identités effacées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="158" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="174" />
      <source>Nothing was erased: {0}</source>
      <translation>Rien n’a été effacé : {0}</translation>
    </message>
  </context>
  <context>
    <name>SamePersonBox</name>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="41" />
      <source>Already in the registry?</source>
      <translation>Déjà dans le registre ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="46" />
      <source>People who may be the same person</source>
      <translation>Personnes qui pourraient être la même personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="51" />
      <source>Open this person</source>
      <translation>Ouvrir cette personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="54" />
      <source>Save as a new person</source>
      <translation>Enregistrer comme nouvelle personne</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="80" />
      <location filename="../../fieldapp/ui/other_pages.py" line="97" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="88" />
      <source> minutes</source>
      <translation> minutes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="90" />
      <location filename="../../fieldapp/ui/other_pages.py" line="98" />
      <source>Lock after idle</source>
      <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="116" />
      <source>HQ</source>
      <translation>Siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="117" />
      <location filename="../../fieldapp/ui/other_pages.py" line="132" />
      <source>Not enrolled with HQ. Enroll on the Sync screen.</source>
      <translation>Non inscrit auprès du siège. Inscrivez-vous depuis l’écran Synchronisation.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="119" />
      <source>HQ address</source>
      <translation>Adresse du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="130" />
      <source>Enrolled with {0}. The Sync screen shows the link and syncs.</source>
      <translation>Inscrit auprès de {0}. L’écran Synchronisation montre la connexion et synchronise.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="138" />
      <source>Passphrase and backups</source>
      <translation>Phrase secrète et sauvegardes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="141" />
      <source>A backup is one encrypted file: it opens only with the passphrase (or the recovery key) valid when it was made. Keep one on a USB stick, away from this computer.</source>
      <translation>Une sauvegarde est un seul fichier chiffré : elle ne s’ouvre qu’avec la phrase secrète (ou la clé de récupération) valable au moment où elle a été faite. Gardez-en une sur une clé USB, à l’écart de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="150" />
      <source>Change passphrase…</source>
      <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="151" />
      <source>Back up now…</source>
      <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="152" />
      <source>Verify a backup…</source>
      <translation>Vérifier une sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="153" />
      <source>Restore from a backup…</source>
      <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="181" />
      <source>Folder for the backup (a USB stick, say)</source>
      <translation>Dossier de la sauvegarde (une clé USB, par exemple)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="188" />
      <source>Backing up, then checking the copy…</source>
      <translation>Sauvegarde, puis vérification de la copie…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="204" />
      <source>The backup {0} was written but does not read back whole: {1}</source>
      <translation>La sauvegarde {0} a été écrite mais ne se relit pas en entier : {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="209" />
      <source>Backup written and verified: {0}</source>
      <translation>Sauvegarde écrite et vérifiée : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="213" />
      <source>No backup was made: {0}</source>
      <translation>Aucune sauvegarde n’a été faite : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="224" />
      <source>Backup to restore</source>
      <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="224" />
      <source>Backup to verify</source>
      <translation>Sauvegarde à vérifier</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="226" />
      <source>Backups (*{0})</source>
      <translation>Sauvegardes (*{0})</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="93" />
      <source>Save settings</source>
      <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="77" />
      <source>This computer</source>
      <translation>Cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="109" />
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
  </context>
  <context>
    <name>SignatoryFields</name>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="20" />
      <source>Name, e.g. Dr Leila Haddad</source>
      <translation>Nom, p. ex. Dr Leila Haddad</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="21" />
      <source>Certificates signed by: name</source>
      <translation>Certificats signés par : nom</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="25" />
      <source>Title, e.g. Head of Programme Office</source>
      <translation>Fonction, p. ex. Chef du Bureau de programme</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="26" />
      <source>Certificates signed by: title</source>
      <translation>Certificats signés par : fonction</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="27" />
      <source>Certificates signed by</source>
      <translation>Certificats signés par</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="30" />
      <source>Left blank, the line under the signature is left to write by hand.</source>
      <translation>Laissée vide, la ligne sous la signature est à remplir à la main.</translation>
    </message>
  </context>
  <context>
    <name>SubjectAccess</name>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="25" />
      <source>Save the subject access report</source>
      <translation>Enregistrer le rapport d’accès de la personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="27" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="33" />
      <source>Saved {0}.</source>
      <translation>{0} enregistré.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="37" />
      <source>Not saved: {0}</source>
      <translation>Non enregistré : {0}</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="61" />
      <source>Enroll this laptop with HQ</source>
      <translation>Inscrire cet ordinateur auprès du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="64" />
      <source>HQ gives each office a single-use enrollment token. Enter HQ's address and the token; this laptop then sends its records to HQ, sealed so that only HQ can read them.</source>
      <translation>Le siège remet à chaque bureau un jeton d’inscription à usage unique. Saisissez l’adresse du siège et le jeton ; cet ordinateur enverra ensuite ses données au siège, scellées de sorte que seul le siège puisse les lire.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="72" />
      <location filename="../../fieldapp/ui/sync_page.py" line="94" />
      <source>HQ address</source>
      <translation>Adresse du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="75" />
      <source>e.g. K7QX…</source>
      <translation>p. ex. K7QX…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="76" />
      <location filename="../../fieldapp/ui/sync_page.py" line="95" />
      <source>Enrollment token</source>
      <translation>Jeton d’inscription</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="80" />
      <source>Only if HQ uses its own certificate authority</source>
      <translation>Seulement si le siège a sa propre autorité de certification</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="81" />
      <location filename="../../fieldapp/ui/sync_page.py" line="96" />
      <location filename="../../fieldapp/ui/sync_page.py" line="250" />
      <source>HQ's certificate authority</source>
      <translation>Autorité de certification du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="82" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="87" />
      <source>Enroll</source>
      <translation>Inscrire</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="101" />
      <source>HQ</source>
      <translation>Siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="107" />
      <source>Sync now</source>
      <translation>Synchroniser maintenant</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="110" />
      <source>Copy to a folder (USB)…</source>
      <translation>Copier dans un dossier (clé USB)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="113" />
      <source>Without a link: copy the sealed batches to a USB stick for HQ, and bring back HQ's answers found on it.</source>
      <translation>Sans connexion : copier les lots scellés sur une clé USB pour le siège, et reprendre les réponses du siège qui s’y trouvent.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="123" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="124" />
      <source>Last contact</source>
      <translation>Dernier contact</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="125" />
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="130" />
      <source>Quarantine: records HQ refused</source>
      <translation>Quarantaine : données refusées par le siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="132" />
      <source>Nothing in quarantine: HQ took every record it has answered for.</source>
      <translation>Rien en quarantaine : le siège a accepté toutes les données auxquelles il a répondu.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>Record</source>
      <translation>Donnée</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>HQ's reason</source>
      <translation>Motif du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="138" />
      <source>Records HQ refused</source>
      <translation>Données refusées par le siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="148" />
      <source>Open to fix</source>
      <translation>Ouvrir pour corriger</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="152" />
      <source>Fix the record and save it: the new version travels to HQ with the next sync, and leaves the quarantine once HQ accepts it. Nothing else waits for it.</source>
      <translation>Corrigez la donnée et enregistrez-la : la nouvelle version part au siège à la prochaine synchronisation et quitte la quarantaine dès que le siège l’accepte. Rien d’autre ne l’attend.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="176" />
      <source>Syncing…</source>
      <translation>Synchronisation…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="178" />
      <source>Never reached yet.</source>
      <translation>Jamais joint pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="180" />
      <source>HQ answered on {0}.</source>
      <translation>Le siège a répondu le {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="183" />
      <source>Last try {0}: {1}</source>
      <translation>Dernier essai le {0} : {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="195" />
      <source>Changes not yet confirmed by HQ: {0}. Sealed batches to deliver: {1}.</source>
      <translation>Modifications pas encore confirmées par le siège : {0}. Lots scellés à livrer : {1}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="231" />
      <source>HQ address: write it in full, starting with https://</source>
      <translation>Adresse du siège : écrivez-la en entier, en commençant par https://</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="235" />
      <source>Enrollment token: ask HQ for one.</source>
      <translation>Jeton d’inscription : demandez-en un au siège.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="238" />
      <source>Contacting HQ…</source>
      <translation>Connexion au siège…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="252" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="266" />
      <source>Folder on the USB stick</source>
      <translation>Dossier sur la clé USB</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="279" />
      <source>HQ refused {0} batches; their records will be sealed again.</source>
      <translation>Le siège a refusé {0} lots ; leurs enregistrements seront scellés de nouveau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="282" />
      <source>Left on the stick:</source>
      <translation>Laissés sur la clé :</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="283" />
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="275" />
      <source>{0} answers from HQ brought back; {1} sealed batches copied to {2}.</source>
      <translation>{0} réponses du siège reprises ; {1} lots scellés copiés dans {2}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="198" />
      <source>Refused by HQ on {0}; its records will be sent again.</source>
      <translation>Refusé par le siège le {0} ; ses enregistrements seront envoyés de nouveau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="286" />
      <source>Not copied</source>
      <translation>Non copié</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="42" />
      <source>The store is locked</source>
      <translation>La base est verrouillée</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="46" />
      <location filename="../../fieldapp/ui/unlock_view.py" line="47" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="49" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="55" />
      <source>Unlock message</source>
      <translation>Message de déverrouillage</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="56" />
      <source>Forgot the passphrase? Use the recovery key</source>
      <translation>Phrase secrète oubliée ? Utilisez la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="66" />
      <source>Enter the passphrase to open the office's records.</source>
      <translation>Saisissez la phrase secrète pour ouvrir les données du bureau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="97" />
      <source>Opening…</source>
      <translation>Ouverture…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="120" />
      <source>That passphrase is not correct.</source>
      <translation>Cette phrase secrète est incorrecte.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="121" />
      <source>Caps Lock seems to be on: it was typed all in capitals.</source>
      <translation>Le verrouillage des majuscules semble activé : tout a été saisi en majuscules.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="123" />
      <source>Capitals count; check the keyboard's language too.</source>
      <translation>Les majuscules comptent ; vérifiez aussi la langue du clavier.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="124" />
      <source>You can try again in {0} s.</source>
      <translation>Vous pourrez réessayer dans {0} s.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="124" />
      <source>Try again.</source>
      <translation>Réessayez.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="125" />
      <source>Forgotten? Use the recovery key below.</source>
      <translation>Oubliée ? Utilisez la clé de récupération ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="130" />
      <source>The store could not be opened: {0}</source>
      <translation>La base n’a pas pu être ouverte : {0}</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>is required.</source>
      <translation>est obligatoire.</translation>
    </message>
    <message>
      <source>“{value}” is not a known event type.</source>
      <translation>« {value} » n’est pas un type d’événement connu.</translation>
    </message>
    <message>
      <source>“{value}” is not a known modality.</source>
      <translation>« {value} » n’est pas une modalité connue.</translation>
    </message>
    <message>
      <source>“{value}” is not a known status.</source>
      <translation>« {value} » n’est pas un statut connu.</translation>
    </message>
    <message>
      <source>“{value}” is not a country code (ISO 3166 alpha-3).</source>
      <translation>« {value} » n’est pas un code de pays (ISO 3166 alpha-3).</translation>
    </message>
    <message>
      <source>“{value}” is not a known Compact working group.</source>
      <translation>« {value} » n’est pas un groupe de travail du Pacte connu.</translation>
    </message>
    <message>
      <source>“{value}” is not a results-framework outcome.</source>
      <translation>« {value} » n’est pas un résultat du cadre de résultats.</translation>
    </message>
    <message>
      <source>“{value}” is not a GCTS pillar.</source>
      <translation>« {value} » n’est pas un pilier de la Stratégie antiterroriste mondiale.</translation>
    </message>
    <message>
      <source>“{value}” is not a known value (female, male, other, not recorded).</source>
      <translation>« {value} » n’est pas une valeur connue (femme, homme, autre, non renseigné).</translation>
    </message>
    <message>
      <source>“{value}” is not a known age band.</source>
      <translation>« {value} » n’est pas une tranche d’âge connue.</translation>
    </message>
    <message>
      <source>“{value}” is not a known organization type.</source>
      <translation>« {value} » n’est pas un type d’organisation connu.</translation>
    </message>
    <message>
      <source>“{value}” is not a known role.</source>
      <translation>« {value} » n’est pas un rôle connu.</translation>
    </message>
    <message>
      <source>cannot be below zero.</source>
      <translation>ne peut pas être négatif.</translation>
    </message>
    <message>
      <source>must be between 0 and 100 (got {value:g}).</source>
      <translation>doit être compris entre 0 et 100 ({value:g} saisi).</translation>
    </message>
    <message>
      <source>must be from 1 to 5 (got {value}).</source>
      <translation>doit aller de 1 à 5 ({value} saisi).</translation>
    </message>
    <message>
      <source>is {value:g}, but the event lasts {length} day(s).</source>
      <translation>vaut {value:g}, mais l’événement dure {length} jour(s).</translation>
    </message>
    <message>
      <source>{value} is not plausible for a trainee.</source>
      <translation>{value} n’est pas plausible pour une personne formée.</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address.</source>
      <translation>« {value} » n’est pas une adresse électronique.</translation>
    </message>
    <message>
      <source>“{value}” is not a phone number.</source>
      <translation>« {value} » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
      <source>is required when consent was given.</source>
      <translation>est obligatoire lorsque le consentement a été donné.</translation>
    </message>
    <message>
      <source>cannot be in the future.</source>
      <translation>ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <source>this person is already registered at this event.</source>
      <translation>cette personne est déjà inscrite à cet événement.</translation>
    </message>
    <message>
      <source>{sex}, {band}: a head count cannot be below zero ({value}).</source>
      <translation>{sex}, {band} : un comptage ne peut pas être négatif ({value}).</translation>
    </message>
    <message>
      <source>{sex}, {band} is counted {n} times; give it once.</source>
      <translation>{sex}, {band} est compté {n} fois ; indiquez-le une seule fois.</translation>
    </message>
    <message>
      <source>says {stated} people, but the head counts add up to {total}.</source>
      <translation>indique {stated} personnes, mais les comptages totalisent {total}.</translation>
    </message>
    <message>
      <source>must be at least {n} characters long.</source>
      <translation>doit compter au moins {n} caractères.</translation>
    </message>
    <message>
      <source>this event does not exist or was deleted.</source>
      <translation>cet événement n’existe pas ou a été supprimé.</translation>
    </message>
    <message>
      <source>this person is not in the registry.</source>
      <translation>cette personne n’est pas dans le registre.</translation>
    </message>
    <message>
      <source>is too long (at most {max_length} characters).</source>
      <translation>est trop long (au plus {max_length} caractères).</translation>
    </message>
    <message>
      <source>is not a date (use YYYY-MM-DD).</source>
      <translation>n’est pas une date (format AAAA-MM-JJ).</translation>
    </message>
    <message>
      <source>is not a whole number.</source>
      <translation>n’est pas un nombre entier.</translation>
    </message>
    <message>
      <source>is not a number.</source>
      <translation>n’est pas un nombre.</translation>
    </message>
    <message>
      <source>is not yes or no.</source>
      <translation>n’est ni oui ni non.</translation>
    </message>
    <message>
      <source>must be at least {ge}.</source>
      <translation>doit valoir au moins {ge}.</translation>
    </message>
    <message>
      <source>is too easy to guess (about {guesses:,} guesses; strong means over 100,000,000). Use four or more unrelated words, e.g. “orbit copper meadow lantern” (but not this one), and not the office's name.</source>
      <translation>est trop facile à deviner (environ {guesses:,} essais ; une phrase forte en demande plus de 100 000 000). Utilisez au moins quatre mots sans rapport entre eux, p. ex. « orbite cuivre prairie lanterne » (mais pas celle-ci), et pas le nom du bureau.</translation>
    </message>
    <message>
      <source>{sex}, {band}: {value} is more people than one event holds (at most {most}).</source>
      <translation>{sex}, {band} : {value}, c’est plus de personnes qu’un événement n’en compte (au plus {most}).</translation>
    </message>
    <message>
      <source>is more people than one event holds (at most {most}).</source>
      <translation>c’est plus de personnes qu’un événement n’en compte (au plus {most}).</translation>
    </message>
    <message>
      <source>must be a number of days from 0 to {most} (got {value}).</source>
      <translation>doit être un nombre de jours de 0 à {most} (reçu : {value}).</translation>
    </message>
    <message>
      <source>must be one tick (1) or no tick (0) per day of the event.</source>
      <translation>doit compter une coche (1) ou aucune (0) par jour de l’événement.</translation>
    </message>
    <message>
      <source>has {n} day(s), but the event lasts {length} day(s).</source>
      <translation>compte {n} jour(s), mais l’événement dure {length} jour(s).</translation>
    </message>
    <message>
      <source>is {value}, but {ticked:g} day(s) are ticked.</source>
      <translation>vaut {value}, mais {ticked:g} jour(s) sont cochés.</translation>
    </message>
    <message>
      <source>“{value}” is not a known country.</source>
      <translation>« {value} » n’est pas un pays connu.</translation>
    </message>
    <message>
      <source>is before the start date ({start}).</source>
      <translation>est antérieure à la date de début ({start}).</translation>
    </message>
    <message>
      <source>cannot be “held”: the event starts on {start}, in the future.</source>
      <translation>ne peut pas être « tenu » : l’événement commence le {start}, dans le futur.</translation>
    </message>
    <message>
      <source>“{value}” is not a legal basis (consent, public interest, legitimate interest, vital interest, legal obligation).</source>
      <translation>« {value} » n’est pas une base légale (consentement, intérêt public, intérêt légitime, intérêt vital, obligation légale).</translation>
    </message>
    <message>
      <source>is required with a legal basis: the date it applies from.</source>
      <translation>est obligatoire avec une base légale : la date à partir de laquelle elle s’applique.</translation>
    </message>
    <message>
      <source>is given, but no legal basis is chosen.</source>
      <translation>est renseigné, mais aucune base légale n’est choisie.</translation>
    </message>
    <message>
      <source>is consent, but no consent was given: record when the person consented first.</source>
      <translation>est le consentement, mais aucun consentement n’a été donné : enregistrez d’abord la date à laquelle la personne a consenti.</translation>
    </message>
    <message>
      <source>cannot be withdrawn on {on}: no consent was given on or before it.</source>
      <translation>ne peut pas être retiré le {on} : aucun consentement n’a été donné à cette date ou avant.</translation>
    </message>
    <message>
      <source>this person's identity was erased: nothing more is recorded about them.</source>
      <translation>l’identité de cette personne a été effacée : plus rien n’est enregistré à son sujet.</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../fieldapp/ui/crash.py" line="35" />
      <source>Something went wrong</source>
      <translation>Une erreur est survenue</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/crash.py" line="38" />
      <source>The app met an error it did not expect. What was saved is safe; what you were typing may need to be saved again. Please report this to the help desk.</source>
      <translation>L’application a rencontré une erreur inattendue. Ce qui a été enregistré est en sécurité ; ce que vous saisissiez devra peut-être être enregistré à nouveau. Merci de le signaler au support.</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="99" />
      <source>Field Office Data Collection</source>
      <translation>Collecte de données des bureaux extérieurs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="101" />
      <source>The store's key vault (vault.json) is missing from {0}, so the records cannot be opened. Nothing was changed. Put it back from any backup of this store with:

fieldapp backup restore-vault BACKUP-FILE

then open the store with the passphrase that was valid when that backup was made.</source>
      <translation>La clé de la base (vault.json) manque dans {0} : les données ne peuvent pas être ouvertes. Rien n’a été modifié. Remettez-la depuis n’importe quelle sauvegarde de cette base avec :

fieldapp backup restore-vault FICHIER-DE-SAUVEGARDE

puis ouvrez la base avec la phrase secrète valable au moment de cette sauvegarde.</translation>
    </message>
  </context>
</TS>