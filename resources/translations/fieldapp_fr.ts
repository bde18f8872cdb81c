<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AttendanceTab</name>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="62" />
      <source>Find a person in the registry (name, organization, e-mail)…</source>
      <translation>Trouver une personne dans le registre (nom, organisation, courriel)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="64" />
      <source>Find a person</source>
      <translation>Trouver une personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="67" />
      <source>People found</source>
      <translation>Personnes trouvées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="69" />
      <source>Add to event</source>
      <translation>Ajouter à l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="81" />
      <source>Quick add a new person</source>
      <translation>Ajout rapide d’une personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="83" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="84" />
      <source>New person's full name</source>
      <translation>Nom complet de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="86" />
      <source>New person's sex</source>
      <translation>Sexe de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="90" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="91" />
      <source>New person's organization</source>
      <translation>Organisation de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="92" />
      <source>Nationality…</source>
      <translation>Nationalité…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="93" />
      <source>New person's nationality</source>
      <translation>Nationalité de la nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="94" />
      <source>Add new person</source>
      <translation>Ajouter la personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="109" />
      <source>People at this event</source>
      <translation>Personnes à cet événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="143" />
      <source>{0} is already registered at this event.</source>
      <translation>{0} est déjà inscrit(e) à cet événement.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="205" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../fieldapp/ui/charts.py" line="49" />
      <source>No data for this period</source>
      <translation>Aucune donnée pour cette période</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="63" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="67" />
      <source>individuals trained</source>
      <translation>personnes formées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="68" />
      <source>workshops organized</source>
      <translation>ateliers organisés</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="69" />
      <source>women</source>
      <translation>femmes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="70" />
      <source>countries reached</source>
      <translation>pays atteints</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="71" />
      <source>person-days of training</source>
      <translation>jours-personnes de formation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="72" />
      <source>improved their test score</source>
      <translation>ont amélioré leur score</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="78" />
      <source>Individuals trained by sex and age band</source>
      <translation>Personnes formées par sexe et tranche d’âge</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="79" />
      <source>Events held by month</source>
      <translation>Événements tenus par mois</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="80" />
      <source>Individuals trained by beneficiary country</source>
      <translation>Personnes formées par pays bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="110" />
      <source>Computing…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="120" />
      <source>{0} participations</source>
      <translation>{0} participations</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="123" />
      <source>{0} events held</source>
      <translation>{0} événements tenus</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="126" />
      <source>sex not recorded: {0}</source>
      <translation>sexe non renseigné : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="133" />
      <source>mean gain {0} points</source>
      <translation>gain moyen {0} points</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="151" />
      <source>events</source>
      <translation>événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="156" />
      <source>trained</source>
      <translation>formées</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="211" />
      <location filename="../../fieldapp/ui/people_page.py" line="214" />
      <source>Possible duplicates</source>
      <translation>Doublons possibles</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="215" />
      <source>Looking for possible duplicates…</source>
      <translation>Recherche de doublons possibles…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="216" />
      <source>Merge: keep the first, move the second's attendance to it</source>
      <translation>Fusionner : garder le premier, lui transférer les participations du second</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="246" />
      <source>{0} possible duplicates.</source>
      <translation>{0} doublons possibles.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="248" />
      <source>No possible duplicates found.</source>
      <translation>Aucun doublon possible trouvé.</translation>
    </message>
  </context>
  <context>
    <name>EventEditor</name>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="124" />
      <source>Event type</source>
      <translation>Type d’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="125" />
      <source>Modality</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="126" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="138" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="140" />
      <source>Working group</source>
      <translation>Groupe de travail</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="144" />
      <source>not stated</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="150" />
      <source>Beneficiary countries</source>
      <translation>Pays bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="153" />
      <source>Outcomes</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="156" />
      <source>Pillars</source>
      <translation>Piliers</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="159" />
      <source>Partner entities</source>
      <translation>Entités partenaires</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="161" />
      <source>Donors</source>
      <translation>Donateurs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="180" />
      <source>{0}: problem</source>
      <translation>{0} : problème</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="197" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="198" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="199" />
      <source>Head counts</source>
      <translation>Comptages</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="204" />
      <source>Why the event cannot be saved</source>
      <translation>Pourquoi l’événement ne peut pas être enregistré</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="205" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="208" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="257" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="263" />
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="320" />
      <source>this new event</source>
      <translation>ce nouvel événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="323" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="324" />
      <source>Save the changes to “{0}”?</source>
      <translation>Enregistrer les modifications de « {0} » ?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="404" />
      <source>Cannot save yet — {0}: {1}</source>
      <translation>Enregistrement impossible — {0} : {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="424" />
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="437" />
      <source>Not saved: {0}</source>
      <translation>Non enregistré : {0}</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="47" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="48" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="49" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="50" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="51" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="52" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="53" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="54" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="68" />
      <source>Search title or city…</source>
      <translation>Rechercher un titre ou une ville…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="69" />
      <source>Search events</source>
      <translation>Rechercher des événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="72" />
      <source>Period filter</source>
      <translation>Filtre de période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="73" />
      <source>Any date</source>
      <translation>Toutes dates</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="74" />
      <source>From – to</source>
      <translation>Du – au</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="79" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="79" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="84" />
      <source>Status filter</source>
      <translation>Filtre de statut</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="85" />
      <source>Any status</source>
      <translation>Tous statuts</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="89" />
      <source>Type filter</source>
      <translation>Filtre de type</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="90" />
      <source>Any type</source>
      <translation>Tous types</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="93" />
      <source>Any country</source>
      <translation>Tous les pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="94" />
      <source>Country filter</source>
      <translation>Filtre pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="117" />
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="120" />
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="121" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="122" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="164" />
      <source>{0} events</source>
      <translation>{0} événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="167" />
      <source>No events yet: “New event” (Ctrl+N) records the first one.</source>
      <translation>Aucun événement pour l’instant : « Nouvel événement » (Ctrl+N) enregistre le premier.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="170" />
      <source>No event matches these filters.</source>
      <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="226" />
      <source>Delete event</source>
      <translation>Supprimer l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="228" />
      <source>Delete this event and its attendance? It is kept as deleted for HQ and can be restored there.</source>
      <translation>Supprimer cet événement et ses participations ? Il est conservé comme supprimé pour le siège, qui peut le restaurer.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="240" />
      <source>Not done</source>
      <translation>Non effectué</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <source>Too short: at least {0} characters.</source>
      <translation type="vanished">Trop courte : au moins {0} caractères.</translation>
    </message>
    <message>
      <source>Strong: a long passphrase.</source>
      <translation type="vanished">Forte : une longue phrase secrète.</translation>
    </message>
    <message>
      <source>Good. Longer is stronger: several words are easy to remember.</source>
      <translation type="vanished">Bien. Plus long est plus sûr : plusieurs mots se retiennent facilement.</translation>
    </message>
    <message>
      <source>Weak: add words, digits or signs.</source>
      <translation type="vanished">Faible : ajoutez des mots, des chiffres ou des signes.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="42" />
      <source>Strong enough.</source>
      <translation>Assez forte.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="188" />
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
      <location filename="../../fieldapp/ui/head_count_grid.py" line="50" />
      <source>Total counted</source>
      <translation>Total compté</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="58" />
      <source>People who attended without being registered by name, counted by sex and age band.</source>
      <translation>Personnes présentes sans inscription nominative, comptées par sexe et tranche d’âge.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="32" />
      <source>Import people from %1</source>
      <translation>Importer des personnes depuis %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="43" />
      <source>Not read: %1</source>
      <translation>Non lues : %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="49" />
      <location filename="../../fieldapp/ui/import_dialog.py" line="94" />
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="53" />
      <source>First rows</source>
      <translation>Premières lignes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="55" />
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="66" />
      <source>Rows with problems</source>
      <translation>Lignes avec des problèmes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="70" />
      <source>Already known</source>
      <translation>Déjà connues</translation>
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
      <location filename="../../fieldapp/ui/import_dialog.py" line="84" />
      <source>Leave out the rows with problems</source>
      <translation>Laisser de côté les lignes avec des problèmes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="96" />
      <source>First rows, as they will be stored</source>
      <translation>Premières lignes, telles qu’elles seront enregistrées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="105" />
      <source>%1 rows read (%2).</source>
      <translation>%1 lignes lues (%2).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="107" />
      <source>They will also be registered at “%1”.</source>
      <translation>Elles seront aussi inscrites à « %1 ».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="118" />
      <source>Import %1 people</source>
      <translation>Importer %1 personnes</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>workshop</source>
      <translation>atelier</translation>
    </message>
    <message>
      <source>training course</source>
      <translation>cours de formation</translation>
    </message>
    <message>
      <source>conference</source>
      <translation>conférence</translation>
    </message>
    <message>
      <source>expert group meeting</source>
      <translation>réunion de groupe d’experts</translation>
    </message>
    <message>
      <source>webinar</source>
      <translation>webinaire</translation>
    </message>
    <message>
      <source>study visit</source>
      <translation>visite d’étude</translation>
    </message>
    <message>
      <source>table-top exercise</source>
      <translation>exercice sur table</translation>
    </message>
    <message>
      <source>consultation</source>
      <translation>consultation</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>en présentiel</translation>
    </message>
    <message>
      <source>online</source>
      <translation>en ligne</translation>
    </message>
    <message>
      <source>hybrid</source>
      <translation>hybride</translation>
    </message>
    <message>
      <source>female</source>
      <translation>femme</translation>
    </message>
    <message>
      <source>male</source>
      <translation>homme</translation>
    </message>
    <message>
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <source>under 18</source>
      <translation>moins de 18 ans</translation>
    </message>
    <message>
      <source>18-24</source>
      <translation>18-24</translation>
    </message>
    <message>
      <source>25-34</source>
      <translation>25-34</translation>
    </message>
    <message>
      <source>35-44</source>
      <translation>35-44</translation>
    </message>
    <message>
      <source>45-54</source>
      <translation>45-54</translation>
    </message>
    <message>
      <source>55-64</source>
      <translation>55-64</translation>
    </message>
    <message>
      <source>65+</source>
      <translation>65 ans et +</translation>
    </message>
    <message>
      <source>government</source>
      <translation>gouvernement</translation>
    </message>
    <message>
      <source>law enforcement</source>
      <translation>forces de l’ordre</translation>
    </message>
    <message>
      <source>border/customs</source>
      <translation>frontières/douanes</translation>
    </message>
    <message>
      <source>judiciary/prosecution</source>
      <translation>justice/parquet</translation>
    </message>
    <message>
      <source>parliament</source>
      <translation>parlement</translation>
    </message>
    <message>
      <source>civil society</source>
      <translation>société civile</translation>
    </message>
    <message>
      <source>academia</source>
      <translation>milieu universitaire</translation>
    </message>
    <message>
      <source>private sector</source>
      <translation>secteur privé</translation>
    </message>
    <message>
      <source>international organization</source>
      <translation>organisation internationale</translation>
    </message>
    <message>
      <source>media</source>
      <translation>médias</translation>
    </message>
    <message>
      <source>participant</source>
      <translation>participant</translation>
    </message>
    <message>
      <source>trainer</source>
      <translation>formateur</translation>
    </message>
    <message>
      <source>speaker</source>
      <translation>intervenant</translation>
    </message>
    <message>
      <source>organizer</source>
      <translation>organisateur</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>prévu</translation>
    </message>
    <message>
      <source>held</source>
      <translation>tenu</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
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
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="38" />
      <source>Field Office Data Collection</source>
      <translation>Collecte de données des bureaux extérieurs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="87" />
      <source>Screens</source>
      <translation>Écrans</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="90" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="91" />
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="92" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="93" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="94" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="95" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="118" />
      <source>{0} unsynced</source>
      <translation>{0} non synchronisées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="153" />
      <source>Not enrolled with HQ</source>
      <translation>Non inscrit auprès du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="155" />
      <source>Syncing…</source>
      <translation>Synchronisation…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="157" />
      <source>Online · HQ reached {0}</source>
      <translation>En ligne · siège joint le {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="159" />
      <source>Offline · last contact {0}</source>
      <translation>Hors ligne · dernier contact le {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="161" />
      <source>Offline · HQ not reached yet</source>
      <translation>Hors ligne · siège encore jamais joint</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="47" />
      <source>Unsynced changes</source>
      <translation>Modifications non synchronisées</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="52" />
      <source>Working</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="54" />
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="55" />
      <source>Close the store now (Ctrl+L)</source>
      <translation>Fermer la base maintenant (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="45" />
      <location filename="../../fieldapp/ui/main_window.py" line="178" />
      <source>Locked</source>
      <translation>Verrouillé</translation>
    </message>
  </context>
  <context>
    <name>OfficePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="48" />
      <source>Your office</source>
      <translation>Votre bureau</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="49" />
      <source>The name and country of the office that records in this store.</source>
      <translation>Le nom et le pays du bureau qui enregistre dans cette base.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="51" />
      <source>e.g. Programme Office Rabat</source>
      <translation>p. ex. Bureau de programme de Rabat</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="52" />
      <source>Office name</source>
      <translation>Nom du bureau</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="53" />
      <source>Choose a country…</source>
      <translation>Choisir un pays…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="54" />
      <location filename="../../fieldapp/ui/first_run.py" line="57" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="56" />
      <source>Office</source>
      <translation>Bureau</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="70" />
      <location filename="../../fieldapp/ui/first_run.py" line="78" />
      <location filename="../../fieldapp/ui/first_run.py" line="87" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="73" />
      <source>It opens the store. Nobody can reset it: if it is lost, only the recovery key opens the store.</source>
      <translation>Elle ouvre la base. Personne ne peut la réinitialiser : si elle est perdue, seule la clé de récupération ouvre la base.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="81" />
      <source>Passphrase again</source>
      <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="88" />
      <source>Again</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="104" />
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="125" />
      <source>Creating the encrypted store…</source>
      <translation>Création de la base chiffrée…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="140" />
      <source>The store could not be created: {0}</source>
      <translation>La base n’a pas pu être créée : {0}</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="269" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="270" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="271" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="272" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="273" />
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="286" />
      <source>Search name, organization or e-mail…</source>
      <translation>Rechercher un nom, une organisation ou un courriel…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="287" />
      <source>Search people</source>
      <translation>Rechercher des personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="290" />
      <source>Possible duplicates…</source>
      <translation>Doublons possibles…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="308" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="311" />
      <location filename="../../fieldapp/ui/people_page.py" line="315" />
      <source>Events attended</source>
      <translation>Événements suivis</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="343" />
      <source>{0} people</source>
      <translation>{0} personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="345" />
      <source>Nobody matches.</source>
      <translation>Personne ne correspond.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="348" />
      <source>No one yet: people are added from an event's Participants tab.</source>
      <translation>Personne pour l’instant : les personnes s’ajoutent depuis l’onglet Participants d’un événement.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="366" />
      <source>No events yet.</source>
      <translation>Aucun événement pour l’instant.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="22" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="29" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="29" />
      <source>To</source>
      <translation>Au</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="65" />
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="75" />
      <source>Consented to data processing</source>
      <translation>A consenti au traitement des données</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="100" />
      <source>Save person</source>
      <translation>Enregistrer la personne</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="180" />
      <source>Cannot save yet: {0}</source>
      <translation>Enregistrement impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="200" />
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="150" />
      <location filename="../../fieldapp/ui/first_run.py" line="162" />
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="153" />
      <source>Write this key down and keep it apart from this computer. It is shown only now.</source>
      <translation>Notez cette clé et conservez-la à l’écart de cet ordinateur. Elle n’est affichée que maintenant.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="163" />
      <source>I have written it down</source>
      <translation>Je l’ai noté</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="170" />
      <source>If the passphrase is forgotten, this key opens the store and sets a new passphrase.</source>
      <translation>Si la phrase secrète est oubliée, cette clé ouvre la base et permet d’en choisir une nouvelle.</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="65" />
      <source>List participants' names under each event</source>
      <translation>Lister les noms des participants sous chaque événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="66" />
      <source>Include participants' names</source>
      <translation>Inclure les noms des participants</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="67" />
      <source>Period highlights (PDF)…</source>
      <translation>Faits marquants de la période (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="68" />
      <source>Period highlights</source>
      <translation>Faits marquants de la période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="70" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="80" />
      <source>Headline figures, breakdowns by country, outcome, programme and month, charts and the list of events held.</source>
      <translation>Chiffres clés, ventilations par pays, résultat, programme et mois, graphiques et liste des événements tenus.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="87" />
      <location filename="../../fieldapp/ui/reports_page.py" line="93" />
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="89" />
      <source>List the people registered</source>
      <translation>Lister les personnes inscrites</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="90" />
      <source>Include the people registered</source>
      <translation>Inclure les personnes inscrites</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="91" />
      <source>One event</source>
      <translation>Un événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="97" />
      <source>Event summary (PDF)…</source>
      <translation>Résumé de l’événement (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="98" />
      <source>Sign-in sheet (PDF)…</source>
      <translation>Feuille d’émargement (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="99" />
      <source>Certificates (PDF)…</source>
      <translation>Certificats (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="108" />
      <source>Spreadsheets</source>
      <translation>Tableurs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="110" />
      <source>What to export</source>
      <translation>Que exporter</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="112" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="113" />
      <source>Events (of the period above)</source>
      <translation>Événements (de la période ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="114" />
      <source>Attendance (of the period above)</source>
      <translation>Présences (de la période ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="115" />
      <source>Figures (of the period above)</source>
      <translation>Chiffres (de la période ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="119" />
      <location filename="../../fieldapp/ui/reports_page.py" line="283" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="121" />
      <source>Export (XLSX or CSV)…</source>
      <translation>Exporter (XLSX ou CSV)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="123" />
      <source>Import people…</source>
      <translation>Importer des personnes…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="128" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="171" />
      <source>Writing %1…</source>
      <translation>Écriture de %1…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="193" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="202" />
      <source>Choose an event first (there is none yet).</source>
      <translation>Choisissez d’abord un événement (il n’y en a pas encore).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="211" />
      <source>Save the period highlights</source>
      <translation>Enregistrer les faits marquants de la période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="219" />
      <source>Saved %1: %2 individuals trained, %3 workshops organized.</source>
      <translation>%1 enregistré : %2 personnes formées, %3 ateliers organisés.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="225" />
      <source>the period highlights</source>
      <translation>les faits marquants de la période</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="230" />
      <source>Save the event summary</source>
      <translation>Enregistrer le résumé de l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="238" />
      <source>Saved %1.</source>
      <translation>%1 enregistré.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="240" />
      <source>the event summary</source>
      <translation>le résumé de l’événement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="245" />
      <source>Save the sign-in sheet</source>
      <translation>Enregistrer la feuille d’émargement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="253" />
      <source>Saved %1 (%2 names filled in).</source>
      <translation>%1 enregistré (%2 noms pré-remplis).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="258" />
      <source>the sign-in sheet</source>
      <translation>la feuille d’émargement</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="263" />
      <source>Save the certificates</source>
      <translation>Enregistrer les certificats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="271" />
      <source>Saved %1 certificates to %2.</source>
      <translation>%1 certificats enregistrés dans %2.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="276" />
      <source>the certificates</source>
      <translation>les certificats</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="283" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="295" />
      <source>Saved %1 rows to %2.</source>
      <translation>%1 lignes enregistrées dans %2.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="297" />
      <source>the export</source>
      <translation>l’export</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="303" />
      <source>Import people</source>
      <translation>Importer des personnes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="303" />
      <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
      <translation>Tableurs (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="322" />
      <source>Reading %1…</source>
      <translation>Lecture de %1…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="337" />
      <source>Added %1 people; %2 were already in the registry; %3 rows left out.</source>
      <translation>%1 personnes ajoutées ; %2 étaient déjà dans le registre ; %3 lignes laissées de côté.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="347" />
      <source>the people</source>
      <translation>les personnes</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="24" />
      <location filename="../../fieldapp/ui/other_pages.py" line="40" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="30" />
      <source> minutes</source>
      <translation> minutes</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="32" />
      <location filename="../../fieldapp/ui/other_pages.py" line="41" />
      <source>Lock after idle</source>
      <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="35" />
      <location filename="../../fieldapp/ui/other_pages.py" line="42" />
      <source>HQ address</source>
      <translation>Adresse du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="37" />
      <source>Save settings</source>
      <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="53" />
      <source>Saved. The language changes when the app is next opened.</source>
      <translation>Enregistré. La langue change à la prochaine ouverture de l’application.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="55" />
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="67" />
      <source>Enroll this laptop with HQ</source>
      <translation>Inscrire cet ordinateur auprès du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="70" />
      <source>HQ gives each office a single-use enrollment token. Enter HQ's address and the token; this laptop then sends its records to HQ, sealed so that only HQ can read them.</source>
      <translation>Le siège remet à chaque bureau un jeton d’inscription à usage unique. Saisissez l’adresse du siège et le jeton ; cet ordinateur enverra ensuite ses données au siège, scellées de sorte que seul le siège puisse les lire.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="78" />
      <location filename="../../fieldapp/ui/sync_page.py" line="97" />
      <source>HQ address</source>
      <translation>Adresse du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="80" />
      <source>e.g. K7QX…</source>
      <translation>p. ex. K7QX…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="81" />
      <location filename="../../fieldapp/ui/sync_page.py" line="98" />
      <source>Enrollment token</source>
      <translation>Jeton d’inscription</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="84" />
      <source>Only if HQ uses its own certificate authority</source>
      <translation>Seulement si le siège a sa propre autorité de certification</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="85" />
      <location filename="../../fieldapp/ui/sync_page.py" line="99" />
      <location filename="../../fieldapp/ui/sync_page.py" line="250" />
      <source>HQ's certificate authority</source>
      <translation>Autorité de certification du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="86" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="91" />
      <source>Enroll</source>
      <translation>Inscrire</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="104" />
      <source>HQ</source>
      <translation>Siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="110" />
      <source>Sync now</source>
      <translation>Synchroniser maintenant</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="112" />
      <source>Copy to a folder (USB)…</source>
      <translation>Copier dans un dossier (clé USB)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="115" />
      <source>Without a link: copy the sealed batches to a USB stick for HQ, and bring back HQ's answers found on it.</source>
      <translation>Sans connexion : copier les lots scellés sur une clé USB pour le siège, et reprendre les réponses du siège qui s’y trouvent.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="125" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="126" />
      <source>Last contact</source>
      <translation>Dernier contact</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="127" />
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="132" />
      <source>Quarantine: records HQ refused</source>
      <translation>Quarantaine : données refusées par le siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="134" />
      <source>Nothing in quarantine: HQ took every record it has answered for.</source>
      <translation>Rien en quarantaine : le siège a accepté toutes les données auxquelles il a répondu.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="138" />
      <source>Record</source>
      <translation>Donnée</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="138" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="138" />
      <source>HQ's reason</source>
      <translation>Motif du siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="140" />
      <source>Records HQ refused</source>
      <translation>Données refusées par le siège</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="150" />
      <source>Open to fix</source>
      <translation>Ouvrir pour corriger</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="154" />
      <source>Fix the record and save it: the new version travels to HQ with the next sync, and leaves the quarantine once HQ accepts it. Nothing else waits for it.</source>
      <translation>Corrigez la donnée et enregistrez-la : la nouvelle version part au siège à la prochaine synchronisation et quitte la quarantaine dès que le siège l’accepte. Rien d’autre ne l’attend.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="178" />
      <source>Syncing…</source>
      <translation>Synchronisation…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="180" />
      <source>Never reached yet.</source>
      <translation>Jamais joint pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="182" />
      <source>HQ answered on {0}.</source>
      <translation>Le siège a répondu le {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="185" />
      <source>Last try {0}: {1}</source>
      <translation>Dernier essai le {0} : {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="199" />
      <source>Changes not yet confirmed by HQ: {0}. Sealed batches to deliver: {1}.</source>
      <translation>Modifications pas encore confirmées par le siège : {0}. Lots scellés à livrer : {1}.</translation>
    </message>
    <message>
      <source>Refused by HQ: {0}</source>
      <translation type="vanished">Refusé par le siège : {0}</translation>
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
      <location filename="../../fieldapp/ui/sync_page.py" line="265" />
      <source>Folder on the USB stick</source>
      <translation>Dossier sur la clé USB</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="284" />
      <source>HQ refused {0} batches; their records will be sealed again.</source>
      <translation>Le siège a refusé {0} lots ; leurs enregistrements seront scellés de nouveau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="287" />
      <source>Left on the stick:</source>
      <translation>Laissés sur la clé :</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="288" />
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="280" />
      <source>{0} answers from HQ brought back; {1} sealed batches copied to {2}.</source>
      <translation>{0} réponses du siège reprises ; {1} lots scellés copiés dans {2}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="202" />
      <source>Refused by HQ on {0}; its records will be sent again.</source>
      <translation>Refusé par le siège le {0} ; ses enregistrements seront envoyés de nouveau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="291" />
      <source>Not copied</source>
      <translation>Non copié</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="27" />
      <source>The store is locked</source>
      <translation>La base est verrouillée</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="31" />
      <location filename="../../fieldapp/ui/unlock_view.py" line="32" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="34" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="39" />
      <source>Unlock message</source>
      <translation>Message de déverrouillage</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="45" />
      <source>Enter the passphrase to open the office's records.</source>
      <translation>Saisissez la phrase secrète pour ouvrir les données du bureau.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="66" />
      <source>Opening…</source>
      <translation>Ouverture…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="78" />
      <source>That passphrase is not correct. Try again in {0} s.</source>
      <translation>Cette phrase secrète est incorrecte. Réessayez dans {0} s.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="85" />
      <source>The store could not be opened: {0}</source>
      <translation>La base n’a pas pu être ouverte : {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="90" />
      <source>That passphrase was not correct. Try again.</source>
      <translation>Cette phrase secrète était incorrecte. Réessayez.</translation>
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
      <source>is before the start date ({start:%d/%m/%Y}).</source>
      <translation>est antérieure à la date de début ({start:%d/%m/%Y}).</translation>
    </message>
    <message>
      <source>cannot be “held”: the event starts on {start:%d/%m/%Y}, in the future.</source>
      <translation>ne peut pas être « tenu » : l’événement commence le {start:%d/%m/%Y}, dans le futur.</translation>
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
      <location filename="../../fieldapp/ui/app.py" line="68" />
      <source>Field Office Data Collection</source>
      <translation>Collecte de données des bureaux extérieurs</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="70" />
      <source>The store's key vault (vault.json) is missing from {0}, so the records cannot be opened. Nothing was changed. Put it back from any backup of this store with:

fieldapp backup restore-vault BACKUP-FILE

then open the store with the passphrase that was valid when that backup was made.</source>
      <translation>La clé de la base (vault.json) manque dans {0} : les données ne peuvent pas être ouvertes. Rien n’a été modifié. Remettez-la depuis n’importe quelle sauvegarde de cette base avec :

fieldapp backup restore-vault FICHIER-DE-SAUVEGARDE

puis ouvrez la base avec la phrase secrète valable au moment de cette sauvegarde.</translation>
    </message>
  </context>
</TS>