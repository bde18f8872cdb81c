<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>Dashboard</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="188" />
      <source>%Ln planned event(s) not counted yet: figures count held events only (mark each held once it has taken place).</source>
      <translation>
        <numerusform>%Ln planned event not counted yet: figures count held events only (mark it held once it has taken place).</numerusform>
        <numerusform>%Ln planned events not counted yet: figures count held events only (mark each held once it has taken place).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="202" />
      <source>individual(s) trained</source>
      <translation>
        <numerusform>individual trained</numerusform>
        <numerusform>individuals trained</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="206" />
      <source>%Ln event(s) held</source>
      <translation>
        <numerusform>%Ln event held</numerusform>
        <numerusform>%Ln events held</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="207" />
      <source>workshop(s) organized</source>
      <translation>
        <numerusform>workshop organized</numerusform>
        <numerusform>workshops organized</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="222" />
      <source>country(ies) reached</source>
      <translation>
        <numerusform>country reached</numerusform>
        <numerusform>countries reached</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="227" />
      <source>person-day(s) of training</source>
      <translation>
        <numerusform>person-day of training</numerusform>
        <numerusform>person-days of training</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="291" />
      <source>%Ln other country(ies)</source>
      <translation>
        <numerusform>%Ln other country</numerusform>
        <numerusform>%Ln other countries</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="91" />
      <source>%Ln possible duplicate(s).</source>
      <translation>
        <numerusform>%Ln possible duplicate.</numerusform>
        <numerusform>%Ln possible duplicates.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/events_page.py" line="250" />
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>%Ln event</numerusform>
        <numerusform>%Ln events</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="66" />
      <source>… and %Ln more problem(s)</source>
      <translation>
        <numerusform>… and %Ln more problem</numerusform>
        <numerusform>… and %Ln more problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="72" />
      <source>… and %Ln more row(s)</source>
      <translation>
        <numerusform>… and %Ln more row</numerusform>
        <numerusform>… and %Ln more rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="114" />
      <source>%Ln row(s) read (%1).</source>
      <translation>
        <numerusform>%Ln row read (%1).</numerusform>
        <numerusform>%Ln rows read (%1).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="138" />
      <source>Import %Ln person(s)</source>
      <translation>
        <numerusform>Import %Ln person</numerusform>
        <numerusform>Import %Ln people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/main_window.py" line="101" />
      <source>%Ln unsynced</source>
      <translation>
        <numerusform>%Ln unsynced</numerusform>
        <numerusform>%Ln unsynced</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OutputLogBox</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/output_log_box.py" line="114" />
      <source>%Ln file(s) with names written here, newest first.</source>
      <translation>
        <numerusform>%Ln file with names written here, newest first.</numerusform>
        <numerusform>%Ln files with names written here, newest first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="280" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>%Ln person</numerusform>
        <numerusform>%Ln people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="300" />
      <source>%Ln individual(s) trained</source>
      <translation>
        <numerusform>%Ln individual trained</numerusform>
        <numerusform>%Ln individuals trained</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="301" />
      <source>%Ln workshop(s) organized</source>
      <translation>
        <numerusform>%Ln workshop organized</numerusform>
        <numerusform>%Ln workshops organized</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="331" />
      <source>%Ln name(s) filled in</source>
      <translation>
        <numerusform>%Ln name filled in</numerusform>
        <numerusform>%Ln names filled in</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="346" />
      <source>Saved %Ln certificate(s) to %1.</source>
      <translation>
        <numerusform>Saved %Ln certificate to %1.</numerusform>
        <numerusform>Saved %Ln certificates to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="366" />
      <source>Saved %Ln row(s) to %1.</source>
      <translation>
        <numerusform>Saved %Ln row to %1.</numerusform>
        <numerusform>Saved %Ln rows to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="399" />
      <source>Added %Ln person(s)</source>
      <translation>
        <numerusform>Added %Ln person</numerusform>
        <numerusform>Added %Ln people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="400" />
      <source>%Ln already in the registry</source>
      <translation>
        <numerusform>%Ln was already in the registry</numerusform>
        <numerusform>%Ln were already in the registry</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="401" />
      <source>%Ln row(s) left out</source>
      <translation>
        <numerusform>%Ln row left out</numerusform>
        <numerusform>%Ln rows left out</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionOffer</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="56" />
      <source>%n people have had no event in {0} years.</source>
      <translation>
        <numerusform>%n person has had no event in {0} years.</numerusform>
        <numerusform>%n people have had no event in {0} years.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="124" />
      <source>Erase the identities of %n people? Their names, e-mails, phones, positions, birth years and notes are removed from this computer and, after the next sync, from HQ; their attendance stays as anonymous counts. This cannot be undone.</source>
      <translation>
        <numerusform>Erase the identity of %n person? Their name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ; their attendance stays as an anonymous count. This cannot be undone.</numerusform>
        <numerusform>Erase the identities of %n people? Their names, e-mails, phones, positions, birth years and notes are removed from this computer and, after the next sync, from HQ; their attendance stays as anonymous counts. This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="154" />
      <source>%n identities erased.</source>
      <translation>
        <numerusform>%n identity erased.</numerusform>
        <numerusform>%n identities erased.</numerusform>
      </translation>
    </message>
  </context>
</TS>