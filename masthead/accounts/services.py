from django.contrib.auth.models import User
from django.db import transaction


@transaction.atomic
def reader_signup(*, name: str, email: str, password: str) -> User:
    """Create a reader account; the e-mail (lower-cased) is also the username."""
    user: User = User.objects.create_user(
        username=email.lower(), email=email.lower(), password=password, first_name=name
    )
    return user
