from django.contrib import admin

from offers.models import Offer


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ("application", "status", "reply_by", "answered_at", "agreement_signed_on")
    list_filter = ("status",)
    raw_id_fields = ("application", "made_by", "agreement_recorded_by")
