"""HQ schema version 9: what the indicators read of a person, indexed by office
(``ix_hq_participant_office_facts``), so counting one office's figures reads its own people
from one range of an index rather than one lookup each all over ``ix_participant_facts``
(one office of 50 at 5M attendance: 32k lookups touching ~22k pages of a 176 MB index).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OFFICE_PERSON_FACTS = [
    "office_id",
    "id",
    "deleted_at",
    "sex",
    "birth_year",
    "age_band",
    "organization_type",
    "nationality",
]


def upgrade() -> None:
    op.create_index(
        "ix_hq_participant_office_facts", "hq_participant", OFFICE_PERSON_FACTS, unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_hq_participant_office_facts", table_name="hq_participant")
